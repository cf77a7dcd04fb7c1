package org.learnlog.ui.settings;

/**
 * What Preferences sets: the name on aids, the email put with it on what goes to a team library, and
 * whether team libraries sync at start and every few minutes.
 */
public record PreferenceValues(String name, String email, boolean autoSync) {
}
