package org.learnlog.service;

/** The user as the library knows them: the name and email from Preferences, on items, feedback and commits. */
record Teammate(String name, String email) {
    Teammate {
        name = name == null || name.isBlank() ? "Learnlog user" : name.strip();
        email = email == null ? "" : email.strip();
    }

    /** "Sam Example <sam@example.org>", as an item's author. */
    String signature() {
        return email.isEmpty() ? name : name + " <" + email + ">";
    }
}
