package org.learnlog.service;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.learnlog.markdown.AidMarkdown;
import org.learnlog.markdown.AidPdf;
import org.learnlog.markdown.Placeholders;
import org.learnlog.markdown.SafeHtml;
import org.learnlog.model.Aid;
import org.learnlog.model.Goal;
import org.learnlog.model.Note;
import org.learnlog.model.Signatures;
import org.learnlog.store.AidRepository;

/** The performance-aid use cases: make one from notes with a template, save it, share it as Markdown or HTML. */
public final class Aids {
    private final AidRepository aids;
    private final Notes notes;
    private final Goals goals;
    private final AidTemplates templates;
    private final Clock clock;
    private final Supplier<String> author;
    private final SafeHtml html = new SafeHtml();
    /** Made on the first PDF: most commands never print, and their start stays short. */
    private AidPdf pdf;

    /** {@code author} is asked for each new aid, so a changed preference applies at once. */
    public Aids(AidRepository aids, Notes notes, Goals goals, AidTemplates templates, Clock clock,
                Supplier<String> author) {
        this.aids = aids;
        this.notes = notes;
        this.goals = goals;
        this.templates = templates;
        this.clock = clock;
        this.author = author;
    }

    public List<String> templates() {
        return templates.names();
    }

    /** A new, unsaved aid (version 0) for the user to read and edit before saving. */
    public Aid make(AidRequest request) {
        String template = templates.text(request.template());
        boolean digest = request.template().equals("weekly-digest");
        LocalDate monday = (request.week() != null ? request.week() : notes.today())
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Note> picked = request.noteIds().isEmpty() ? notes.load(request.filter()) : notes.load(request.noteIds());
        if (digest) {
            picked = picked.stream().filter(n -> !n.date().isBefore(monday) && n.date().isBefore(monday.plusDays(7))).toList();
        } else if (picked.isEmpty()) {
            throw new InvalidInputException("Choose at least one note to make an aid from.");
        }
        Optional<Goal> goal = focusGoal(request, picked);
        String title = !request.title().isEmpty() ? request.title() : AidTitles.of(request, picked, goal, monday);
        String by = author.get();
        Map<String, String> values = new HashMap<>();
        values.put("title", title);
        values.put("author", by);
        values.put("date", notes.today().toString());
        values.put("noteCount", picked.size() == 1 ? "1 note" : picked.size() + " notes");
        values.put("week", monday + " to " + monday.plusDays(6));
        values.put("checklist", AidBlocks.checklist(picked));
        values.put("steps", AidBlocks.steps(picked));
        values.put("til", AidBlocks.til(picked));
        values.put("digest", AidBlocks.digest(picked, goals.all()));
        values.put("notes", AidBlocks.notes(picked));
        values.put("goal", goal.map(AidBlocks::goal)
                .orElse("No goal chosen: make the aid from a goal, or from notes linked to one."));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return new Aid(UUID.randomUUID(), request.template(), title, by, now, now, 0,
                picked.stream().map(Note::id).toList(), union(picked, Note::goals), union(picked, Note::tags),
                Placeholders.fill(template, values));
    }

    /** Saves the aid as edited; each save raises its version by one. */
    public Aid save(Aid edited) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<Aid> existing = aids.find(edited.id());
        Aid saved = new Aid(edited.id(), edited.type(), edited.title().strip(), edited.author(),
                existing.map(Aid::created).orElse(edited.created()), now,
                existing.map(Aid::version).orElse(0) + 1, edited.sourceNotes(), edited.goals(), edited.tags(), edited.body());
        if (saved.title().isEmpty()) {
            throw new InvalidInputException("An aid needs a title.");
        }
        aids.save(saved);
        return saved;
    }

    public List<Aid> all() {
        return aids.all();
    }

    /** Deletes a saved aid; files it was exported to stay where they are. */
    public boolean delete(UUID id) {
        return aids.delete(id);
    }

    /** Writes the aid as {@code format}; {@code replace} as for Markdown. */
    public Path export(Aid aid, Path file, AidFormat format, boolean replace) {
        return switch (format) {
            case MARKDOWN -> exportMarkdown(aid, file, replace);
            case HTML -> exportHtml(aid, file, replace);
            case PDF -> exportPdf(aid, file, replace);
        };
    }

    /**
     * Writes the aid as Markdown with its front matter, ready to share or re-import; unless {@code replace},
     * never over a file that holds something else.
     * @throws FileExistsException if {@code file} holds something else and {@code replace} is false
     */
    public Path exportMarkdown(Aid aid, Path file, boolean replace) {
        return writeFile(file, AidMarkdown.write(aid), replace);
    }

    /** Writes the aid as one standalone, script-free HTML page; {@code replace} as for Markdown. */
    public Path exportHtml(Aid aid, Path file, boolean replace) {
        return writeFile(file, html.page(aid.title(), aid.body()), replace);
    }

    /** Writes the aid as a print-ready PDF (A4, author and date in the footer); {@code replace} as for Markdown. */
    public Path exportPdf(Aid aid, Path file, boolean replace) {
        AidPdf pdf = pdf();
        if (!pdf.canPrint(aid.title() + aid.body())) {
            throw new InvalidInputException("\"" + aid.title() + "\" has Chinese, Japanese or Korean text, and this system "
                    + "has no font for it (such as Noto Sans CJK, Droid Sans Fallback or Arial Unicode). Install one, "
                    + "or export it as Markdown or HTML.");
        }
        LocalDate day = aid.updated().atZone(clock.getZone()).toLocalDate();
        return writeBytes(file, pdf.render(aid.title(), aid.body(), Signatures.name(aid.author()), day), replace);
    }

    private synchronized AidPdf pdf() {
        if (pdf == null) {
            pdf = new AidPdf();
        }
        return pdf;
    }

    private static Path writeFile(Path file, String text, boolean replace) {
        return writeBytes(file, text.getBytes(StandardCharsets.UTF_8), replace);
    }

    private static Path writeBytes(Path file, byte[] bytes, boolean replace) {
        Path target = file.toAbsolutePath().normalize();
        if (target.getParent() == null || target.getFileName() == null || Files.isDirectory(target)) {
            throw new InvalidInputException(file + " is a folder. Give a file to write, e.g. checklist.md.");
        }
        return new FolderWriter(target.getParent()).writeAll(Map.of(target.getFileName().toString(), bytes), replace).get(0);
    }

    private Optional<Goal> focusGoal(AidRequest request, List<Note> picked) {
        if (request.filter().goal() != null) {
            return Optional.of(goals.find(request.filter().goal()));
        }
        List<String> linked = union(picked, Note::goals);
        return linked.size() == 1 ? Optional.of(goals.find(linked.get(0))) : Optional.empty();
    }

    private static List<String> union(List<Note> picked, Function<Note, List<String>> field) {
        TreeSet<String> all = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        picked.forEach(note -> all.addAll(field.apply(note)));
        return List.copyOf(all);
    }
}
