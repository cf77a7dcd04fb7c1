package org.learnlog.crash;

import java.util.SplittableRandom;

/** The notes the crash child saves, made again from their numbers by the test that checks them. */
final class CrashNotes {
    private static final String[] WORDS = {"rebase", "naïve", "日本語", "Größe", "deploy", "שלום", "e\u0301", "🙂",
        "incident", "review", "`code`", "- item", "\n\n## Heading\n"};

    private CrashNotes() {
    }

    static String title(int run, int n) {
        return "Crash run " + run + " note " + n;
    }

    /** Up to about 16 kB, so some saves span several pages of the file. */
    static String body(int run, int n) {
        SplittableRandom random = new SplittableRandom(run * 1_000_003L + n);
        int words = random.nextInt(2_000);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < words; i++) {
            body.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return body.toString().strip();
    }
}
