package org.learnlog.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Optional;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * A date picker whose text is the truth: it shows dates as ISO (2027-03-31), reads ISO and the
 * locale's short form, takes a typed date as the value as soon as it is one, and keeps text that is
 * not a date on screen, marked, instead of putting the old date back. Whoever reads it checks
 * {@link #validProperty()} first.
 */
public final class DateField extends DatePicker {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT);
    private static final String INVALID = "invalid";

    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    /** The text that is not a date, which the picker shows instead of its last value; null when valid. */
    private String unreadable;
    private boolean required = true;

    public DateField() {
        setConverter(new Converter());
        getEditor().textProperty().addListener((observable, old, text) -> typed(text));
        // A value set by code replaces whatever was typed.
        valueProperty().addListener((observable, old, date) -> {
            if (date != null && !date.equals(parse(getEditor().getText()).orElse(null))) {
                unreadable = null;
                valid.set(true);
                getStyleClass().remove(INVALID);
            }
        });
    }

    /** Reads {@code text} as a date: ISO first, then the locale's short form; empty if it is neither. */
    public static Optional<LocalDate> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_LOCAL_DATE, LOCAL}) {
            try {
                return Optional.of(LocalDate.parse(trimmed, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    private void typed(String text) {
        Optional<LocalDate> date = parse(text);
        boolean emptyAllowed = (text == null || text.isBlank()) && !required;
        unreadable = date.isPresent() || emptyAllowed ? null : text == null ? "" : text;
        mark(date.isPresent() || emptyAllowed);
        // Only a date already written as it would be shown is taken while typing, so the text never jumps.
        date.filter(day -> text.strip().equals(day.toString())).ifPresent(this::setValue);
    }

    private void mark(boolean ok) {
        valid.set(ok);
        if (ok) {
            getStyleClass().remove(INVALID);
        } else if (!getStyleClass().contains(INVALID)) {
            getStyleClass().add(INVALID);
        }
    }

    /** Takes whatever date the text holds as the value, in any form it reads; false if it holds none. */
    public boolean commit() {
        Optional<LocalDate> date = parse(getEditor().getText());
        date.ifPresent(day -> {
            setValue(day);
            getEditor().setText(day.toString());
        });
        return date.isPresent() || !required && getEditor().getText().isBlank();
    }

    /** Shows {@code date}, whatever was typed before, even if it is the value already. */
    public void show(LocalDate date) {
        unreadable = null;
        setValue(date);
        getEditor().setText(date == null ? "" : date.toString());
    }

    /** Whether an empty field is an error (the default) or means no date. */
    public void setRequired(boolean required) {
        this.required = required;
        typed(getEditor().getText());
    }

    public boolean isRequired() {
        return required;
    }

    /** Whether the text on screen is a date (or empty where no date is allowed). */
    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }

    /** ISO dates out; any readable form in. Text that is not a date stays on screen. */
    private final class Converter extends StringConverter<LocalDate> {
        @Override
        public String toString(LocalDate date) {
            if (unreadable != null) {
                return unreadable;
            }
            return date == null ? "" : date.toString();
        }

        @Override
        public LocalDate fromString(String text) {
            if ((text == null || text.isBlank()) && !required) {
                return null;
            }
            return parse(text).orElseGet(DateField.this::getValue);
        }
    }
}
