package org.learnlog.service;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import org.learnlog.model.Aid;
import org.learnlog.model.Cadence;
import org.learnlog.model.CheckIn;
import org.learnlog.model.Direction;
import org.learnlog.model.Goal;
import org.learnlog.model.GoalStatus;
import org.learnlog.model.Note;
import org.learnlog.model.NoteKind;
import org.learnlog.model.Review;
import org.learnlog.store.AidRepository;
import org.learnlog.store.CheckInRepository;
import org.learnlog.store.Database;
import org.learnlog.store.GoalRepository;
import org.learnlog.store.NoteRepository;
import org.learnlog.store.ReviewRepository;

/**
 * A journal made from a fixed seed that covers every field with nasty values: quotes and colons in
 * titles, multi-line context, CJK and emoji, empty bodies, a 1 MB body, many tags, and twin titles.
 */
public final class GeneratedJournal {
    private static final String[] TITLES = {"Squash fixups", "say \"hi\": now", "a:b", "../../etc/passwd", "CON",
        "日本語のメモ", "emoji 🧪🎉", "[draft] {x} #not-a-tag", "  spaced  ", "tab and \\ backslash", "it's # fine", "---",
        "Squash fixups"};
    private static final String[] CONTEXTS = {"", "incident 42", "line one\nline two: \"quoted\"", "東京 🗼"};
    private static final String[] TAGS = {"git", "java/concurrency", "C-Sharp", "日本", "emoji🎉", "yes", "2024", "a.b"};

    public final List<Goal> goals = new ArrayList<>();
    public final List<Note> notes = new ArrayList<>();
    public final List<Aid> aids = new ArrayList<>();
    public final List<CheckIn> checkIns = new ArrayList<>();
    public final List<Review> reviews = new ArrayList<>();
    /** Files the notes carry: an image, a Markdown file (exported as .md.txt) and an odd name, by their ids. */
    public final java.util.Map<String, byte[]> attachments = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, String> attachmentNames = new java.util.HashMap<>();

    public GeneratedJournal(int size, long seed) {
        Random random = new Random(seed);
        attach("diagram.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, (byte) seed});
        attach("notes on #1 [draft].md", ("# not a note\n" + seed).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        attach("日本 report", ("bytes " + seed).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Instant base = Instant.parse("2025-01-01T08:00:00Z");
        for (int g = 0; g < 3; g++) {
            goals.add(new Goal(new UUID(seed, g), "goal-" + g, "Goal " + g + ": \"better\"", "Why\nit matters " + g,
                    "metric " + g, g == 0 ? "" : "h", g % 2 == 0 ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER,
                    20.5 - g, LocalDate.of(2025, 1, 1), 10.25 + g, LocalDate.of(2026, 12, 31), GoalStatus.values()[g],
                    g == 0 ? null : LocalDate.of(2025, 6, 1), Cadence.values()[g], base));
        }
        aids.add(new Aid(new UUID(seed + 2, 0), "checklist", "Checklist: \"deploys\" 🚀", "Dana", base, base.plusSeconds(60),
                3, List.of(new UUID(seed + 1, 0), new UUID(seed + 1, 1)), List.of("goal-0"), List.of("git", "日本"),
                "# Checklist\n\n- [ ] one\n- [ ] two\n"));
        aids.add(new Aid(new UUID(seed + 2, 1), "my-own", "---", "", base, base, 1, List.of(), List.of(), List.of(), ""));
        for (int c = 0; c < Math.min(size, 30); c++) {
            Goal goal = goals.get(c % goals.size());
            checkIns.add(new CheckIn(new UUID(seed + 3, c), goal.id(), LocalDate.of(2025, 1, 2).plusDays(c), 20.5 - c * 0.25,
                    CONTEXTS[c % CONTEXTS.length] + (c % 2 == 0 ? " | pipe \"quoted\" 🎯" : ""),
                    c % 3 == 0 ? List.of(new UUID(seed + 1, c)) : List.of(), base.plusSeconds(c)));
            if (c % 4 == 0) {
                reviews.add(new Review(new UUID(seed + 4, c), goal.id(), LocalDate.of(2025, 1, 2).plusDays(c),
                        c % 8 == 0 ? Optional.of(new UUID(seed + 3, c)) : Optional.empty(), "moved: \"a lot\"\nsecond line",
                        "", CONTEXTS[c % CONTEXTS.length], base.plusSeconds(c)));
            }
        }
        for (int i = 0; i < size; i++) {
            Instant created = base.plus(Duration.ofMinutes(random.nextInt(500_000))).truncatedTo(ChronoUnit.MILLIS);
            notes.add(new Note(new UUID(seed + 1, i), TITLES[random.nextInt(TITLES.length)].strip() + (i % 7 == 0 ? "" : " " + i),
                    body(i, random) + links(i, size, seed) + attached(i), LocalDate.ofInstant(created, java.time.ZoneOffset.UTC),
                    NoteKind.values()[random.nextInt(NoteKind.values().length)],
                    CONTEXTS[random.nextInt(CONTEXTS.length)], tags(random), goalLinks(random),
                    created, created.plusSeconds(random.nextInt(10_000)), i % 5 == 0 ? "til/git/some thing.md" : ""));
        }
    }

    /** Stores every goal, note and aid as generated, bypassing the services' checks. */
    public void writeTo(Database database) {
        attachments.forEach((id, content) -> new org.learnlog.store.AttachmentRepository(new NoteRepository(database))
                .save(new org.learnlog.model.Attachment(id, attachmentNames.get(id), id.equals(first()) ? "image/png"
                        : "application/octet-stream", content.length, Instant.parse("2025-01-01T08:00:00Z")), content));
        goals.forEach(new GoalRepository(database)::insert);
        notes.forEach(new NoteRepository(database)::save);
        aids.forEach(new AidRepository(database)::save);
        checkIns.forEach(new CheckInRepository(database)::insert);
        reviews.forEach(review -> new ReviewRepository(database).insert(review, Optional.empty()));
    }

    private static String body(int i, Random random) {
        if (i == 1) {
            return "x".repeat(1_000_000);
        }
        return switch (random.nextInt(5)) {
            case 0 -> "";
            case 1 -> "---\nnot: front matter\n---\n";
            case 2 -> "# Heading\n\n- [ ] task 日本 🧪\n\n```sh\ngit rebase -i\n```\n";
            case 3 -> "\n\nstarts blank, ends without newline";
            default -> "Plain text " + i + "\r\nwith a CRLF line\n";
        };
    }

    private void attach(String name, byte[] content) {
        String id = Attachments.id(content);
        attachments.put(id, content);
        attachmentNames.put(id, name);
    }

    private String first() {
        return attachments.keySet().iterator().next();
    }

    /** Attachments: an image in some notes, the two other files in others, one file shared by many. */
    private String attached(int i) {
        List<String> ids = List.copyOf(attachments.keySet());
        return switch (i % 11) {
            case 3 -> "\n![the diagram](attachment:" + ids.get(0) + ")\n";
            case 8 -> "\nSee [notes](attachment:" + ids.get(1) + ") and [report](attachment:" + ids.get(2) + ").";
            default -> "";
        };
    }

    /** Links to other notes: by title, with words and a heading of their own, to a note that is gone, by [[title]]. */
    private static String links(int i, int size, long seed) {
        UUID other = new UUID(seed + 1, (i * 7 + 3) % size);
        return switch (i % 9) {
            case 4 -> "\nSee [" + TITLES[i % TITLES.length].replace("[", "\\[").replace("]", "\\]") + "](note:" + other + ").\n";
            case 5 -> "\nAs in [my words](note:" + other + "#Some%20heading) and [gone](note:" + new UUID(seed + 9, i) + ").";
            case 6 -> "\n- [ ] try [[Not written yet]] and [[" + TITLES[i % TITLES.length].strip() + "|alias]]\n";
            default -> "";
        };
    }

    private static List<String> tags(Random random) {
        List<String> tags = new ArrayList<>();
        int count = random.nextInt(10) == 0 ? TAGS.length : random.nextInt(3);
        for (int t = 0; t < count; t++) {
            String tag = TAGS[(t + random.nextInt(TAGS.length)) % TAGS.length];
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        return org.learnlog.model.Tags.normalizeAll(tags);
    }

    private List<String> goalLinks(Random random) {
        return random.nextInt(3) == 0 ? List.of() : List.of("goal-" + random.nextInt(3));
    }
}
