package org.learnlog.model;

/** A note that links to another, with the sentence its link stands in, as plain text. */
public record Backlink(NoteSummary from, String sentence) {
}
