package org.learnlog.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text colour app.css puts on a background, in the light and the dark theme, has at least WCAG AA's
 * contrast of 4.5:1. The pairs are read from app.css itself, so a new rule is checked as it comes; text
 * given no background of its own is checked on the two surfaces the windows use.
 */
class ThemeContrastTest {
    private static final double AA = 4.5;
    private static final Pattern TOKEN = Pattern.compile("(-color-[a-z0-9-]+)\\s*:\\s*([^;]+);");
    private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^}]*)}");
    private static final Pattern TEXT = Pattern.compile("-fx-(?:text-)?fill\\s*:\\s*(-color-[a-z0-9-]+)");
    private static final Pattern BACKGROUND = Pattern.compile("-fx-background-color\\s*:\\s*(-color-[a-z0-9-]+)");
    private static final List<String> SURFACES = List.of("-color-bg-default", "-color-bg-subtle");

    @ParameterizedTest
    @ValueSource(strings = {"primer-light", "primer-dark"})
    void textOnItsBackgroundMeetsAa(String theme) throws IOException {
        Map<String, String> tokens = tokens(read("/atlantafx/base/theme/" + theme + ".css"));
        Set<List<String>> pairs = pairs(read("/org/learnlog/ui/app.css"));
        assertTrue(pairs.size() >= 10, "the pairs were read: " + pairs);

        List<String> failing = new ArrayList<>();
        for (List<String> pair : pairs) {
            // A translucent background lies on the window's own.
            double[] background = rgb(tokens, pair.get(1), rgb(tokens, "-color-bg-default", new double[] {255, 255, 255}));
            double ratio = contrast(rgb(tokens, pair.get(0), background), background);
            if (ratio < AA) {
                failing.add(pair.get(0) + " on " + pair.get(1) + ": " + String.format("%.2f", ratio));
            }
        }
        assertEquals(List.of(), failing, theme);
    }

    /** (text, background) for each rule of app.css that gives text a colour. */
    private static Set<List<String>> pairs(String css) {
        Set<List<String>> pairs = new LinkedHashSet<>();
        Matcher rule = RULE.matcher(css.replaceAll("(?s)/\\*.*?\\*/", ""));
        while (rule.find()) {
            Matcher text = TEXT.matcher(rule.group(2));
            if (!text.find()) {
                continue;
            }
            Matcher background = BACKGROUND.matcher(rule.group(2));
            List<String> on = background.find() ? List.of(background.group(1)) : SURFACES;
            on.forEach(surface -> pairs.add(List.of(text.group(1), surface)));
        }
        return pairs;
    }

    private static Map<String, String> tokens(String css) {
        Map<String, String> tokens = new HashMap<>();
        Matcher token = TOKEN.matcher(css.substring(0, css.indexOf('}')));
        while (token.find()) {
            tokens.put(token.group(1), token.group(2).strip());
        }
        return tokens;
    }

    /** A token's colour as sRGB 0–255; a translucent one laid over {@code under}. */
    private static double[] rgb(Map<String, String> tokens, String name, double[] under) {
        String value = tokens.get(name);
        assertTrue(value != null, "the theme defines " + name);
        if (value.startsWith("-color-")) {
            return rgb(tokens, value, under);
        }
        if (value.startsWith("#")) {
            String hex = value.length() == 4 ? value.replaceAll("([0-9a-fA-F])", "$1$1").substring(1) : value.substring(1);
            return new double[] {Integer.parseInt(hex.substring(0, 2), 16), Integer.parseInt(hex.substring(2, 4), 16),
                    Integer.parseInt(hex.substring(4, 6), 16)};
        }
        String[] parts = value.replaceAll("rgba?\\(|\\)", "").split(",");
        double alpha = parts.length > 3 ? Double.parseDouble(parts[3].strip()) : 1;
        double[] color = new double[3];
        for (int i = 0; i < 3; i++) {
            color[i] = Double.parseDouble(parts[i].strip()) * alpha + under[i] * (1 - alpha);
        }
        return color;
    }

    private static double contrast(double[] one, double[] other) {
        double a = luminance(one);
        double b = luminance(other);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(double[] rgb) {
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = rgb[i] / 255;
            linear[i] = c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ThemeContrastTest.class.getResourceAsStream(resource)) {
            assertTrue(in != null, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
