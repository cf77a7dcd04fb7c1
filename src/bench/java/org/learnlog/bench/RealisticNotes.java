package org.learnlog.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.learnlog.markdown.NoteMarkdown;
import org.learnlog.model.Note;
import org.learnlog.model.NoteKind;

/**
 * Notes that look like a worker's, from a fixed seed: front matter, 50 to 400 words drawn with a long
 * tail (some words common, most rare), headings, lists, code, links, some Unicode, three years of days.
 * Written as a folder of Markdown files, the way a journal export or a notes repository looks.
 */
final class RealisticNotes {
    static final String RARE_WORD = "zygomorphic";
    private static final String[] TOPICS = {"git", "java", "review", "deploy", "incident", "testing", "ci", "sql",
        "docker", "kotlin", "linux", "security", "café", "naïve", "Größe", "日本語"};
    private static final String[] TAGS = {"git", "java", "java/concurrency", "java/streams", "ops", "ops/incidents",
        "testing", "review", "sql", "frontend"};
    private static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);

    private final Random random;
    private final String[] vocabulary;

    RealisticNotes(long seed) {
        this.random = new Random(seed);
        this.vocabulary = new String[2_000];
        for (int i = 0; i < vocabulary.length; i++) {
            vocabulary[i] = i < TOPICS.length ? TOPICS[i] : syllables(i);
        }
    }

    /** Writes {@code count} notes as Markdown files into {@code folder}, a hundred to a subfolder. */
    void writeTo(Path folder, int count) throws IOException {
        for (int i = 0; i < count; i++) {
            Path file = folder.resolve(String.format("%04d/note-%06d.md", i / 100, i));
            Files.createDirectories(file.getParent());
            Files.writeString(file, NoteMarkdown.write(note(i)), StandardCharsets.UTF_8);
        }
    }

    private Note note(int i) {
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(3 * 365));
        Instant created = day.atTime(8, 0).toInstant(ZoneOffset.UTC).plus(Duration.ofMinutes(random.nextInt(600)));
        List<String> tags = new ArrayList<>();
        for (int t = random.nextInt(4); t > 0; t--) {
            String tag = TAGS[random.nextInt(TAGS.length)];
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        String title = capitalized(words(3 + random.nextInt(5)));
        return new Note(new UUID(42, i), title, body(i), day, NoteKind.values()[random.nextInt(NoteKind.values().length)],
                random.nextInt(4) == 0 ? "incident " + random.nextInt(500) : "", tags, List.of(), created,
                created.plusSeconds(random.nextInt(86_400)), "");
    }

    private String body(int i) {
        StringBuilder body = new StringBuilder();
        int words = 50 + random.nextInt(351);
        while (words > 0) {
            int part = Math.min(words, 20 + random.nextInt(40));
            switch (random.nextInt(6)) {
                case 0 -> body.append("## ").append(capitalized(words(3))).append("\n\n");
                case 1 -> body.append("- ").append(words(part / 2)).append("\n- ").append(words(part / 2)).append("\n\n");
                case 2 -> body.append("```sh\ngit ").append(words(3)).append("\n```\n\n");
                case 3 -> body.append("See [").append(words(2)).append("](https://example.org/").append(i).append(").\n\n");
                default -> body.append(capitalized(words(part))).append(".\n\n");
            }
            words -= part;
        }
        if (i % 997 == 0) {
            body.append("A ").append(RARE_WORD).append(" flower, noted once in a while.\n");
        }
        return body.toString();
    }

    /** Words with a long tail: the first hundred of the vocabulary turn up most of the time. */
    private String words(int count) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < count; w++) {
            int index = random.nextInt(10) < 7 ? random.nextInt(100) : random.nextInt(vocabulary.length);
            out.append(w == 0 ? "" : " ").append(vocabulary[index]);
        }
        return out.toString();
    }

    private static String syllables(int seed) {
        String[] parts = {"ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ber", "don", "fel", "gar", "hin", "jor"};
        StringBuilder word = new StringBuilder();
        for (int n = seed; n > 0 || word.length() == 0; n /= parts.length) {
            word.append(parts[n % parts.length]);
        }
        return word.toString();
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
