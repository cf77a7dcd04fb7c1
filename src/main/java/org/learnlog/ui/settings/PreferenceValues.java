package org.learnlog.ui.settings;

/**
 * What Preferences sets: the name on aids, the email put with it on what goes to a team library,
 * whether team libraries sync at start and every few minutes, and the language of the app's words (a
 * language tag, empty for the system's).
 */
public record PreferenceValues(String name, String email, boolean autoSync, String language) {
}
