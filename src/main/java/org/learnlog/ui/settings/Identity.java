package org.learnlog.ui.settings;

/** Who the user is on what they share: the name on aids, and with the email on what goes to a team library. */
public record Identity(String name, String email) {
}
