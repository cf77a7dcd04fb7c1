package org.learnlog.model;

/** A tag and how many notes carry it. */
public record TagCount(String name, int count) {
}
