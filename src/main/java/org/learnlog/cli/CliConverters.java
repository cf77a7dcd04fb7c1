package org.learnlog.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How option values are read, with errors in the user's words: "2026-13-45 is not a date; use YYYY-MM-DD". */
final class CliConverters {
    private CliConverters() {
    }

    static void register(CommandLine commandLine) {
        ITypeConverter<Double> number = CliConverters::number;
        ITypeConverter<Integer> whole = CliConverters::wholeNumber;
        commandLine.registerConverter(LocalDate.class, CliConverters::date)
                .registerConverter(Double.class, number).registerConverter(double.class, number)
                .registerConverter(Integer.class, whole).registerConverter(int.class, whole);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(text + " is not a date; use YYYY-MM-DD, e.g. 2026-03-31");
        }
    }

    private static Double number(String text) {
        try {
            double value = Double.parseDouble(text.strip().replace(',', '.'));
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Said below, in the user's words.
        }
        throw new TypeConversionException("'" + text + "' is not a number");
    }

    private static Integer wholeNumber(String text) {
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + text + "' is not a whole number");
        }
    }
}
