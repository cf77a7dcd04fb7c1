package org.learnlog.ui.editor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.TextField;
import org.controlsfx.control.textfield.TextFields;
import org.learnlog.model.TagCount;

/** Suggests existing tags for the word being typed in the tags field; picking one completes that word. */
final class TagSuggestions {
    private final TextField field;
    private final ObservableList<TagCount> tags;
    /** A copy for ControlsFX, which asks for suggestions off the FX thread. */
    private volatile List<String> known = List.of();

    TagSuggestions(TextField field, ObservableList<TagCount> tags) {
        this.field = field;
        this.tags = tags;
    }

    void bind() {
        tags.addListener((ListChangeListener<TagCount>) change -> known = names());
        known = names();
        TextFields.bindAutoCompletion(field, request -> suggest(request.getUserText(), known));
    }

    /** Whole field texts: what is typed so far with its last word completed to a known tag. */
    static List<String> suggest(String typed, List<String> known) {
        if (typed.isEmpty() || Character.isWhitespace(typed.charAt(typed.length() - 1))) {
            return List.of();
        }
        String[] words = typed.split("[\\s,]+");
        String last = words[words.length - 1].replaceFirst("^#", "").toLowerCase(Locale.ROOT);
        String before = typed.substring(0, typed.length() - words[words.length - 1].length());
        Set<String> used = Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return known.stream()
                .filter(tag -> tag.toLowerCase(Locale.ROOT).startsWith(last) && !used.contains(tag.toLowerCase(Locale.ROOT)))
                .limit(8)
                .map(tag -> before + tag + " ")
                .toList();
    }

    private List<String> names() {
        return tags.stream().map(TagCount::name).toList();
    }
}
