package org.learnlog.markdown;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Loaded YAML as front matter's fields: each key's values as text, a list item by item. A value that is
 * itself a list or a mapping, which no field of Learnlog's has, is kept as text so nothing is dropped.
 */
final class FrontMatterValues {
    private FrontMatterValues() {
    }

    static Map<String, List<String>> fields(Map<?, ?> loaded) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        loaded.forEach((key, value) -> {
            if (key != null) {
                fields.put(text(key), values(value));
            }
        });
        return fields;
    }

    private static List<String> values(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> items) {
            List<String> values = new ArrayList<>();
            items.stream().filter(item -> item != null).map(FrontMatterValues::text).forEach(values::add);
            return values;
        }
        return List.of(text(value));
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> items) {
            return items.stream().map(FrontMatterValues::text).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> text(entry.getKey()) + ": " + text(entry.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value == null ? "" : value.toString();
    }
}
