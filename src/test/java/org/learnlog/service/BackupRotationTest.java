package org.learnlog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class BackupRotationTest {

    @Test
    void keepsSevenDaysFourWeeksAndSixMonths() {
        LocalDate last = LocalDate.of(2026, 11, 29);
        List<Backup> daily = new ArrayList<>();
        for (LocalDate day = last.minusDays(399); !day.isAfter(last); day = day.plusDays(1)) {
            daily.add(backup(day, 9));
            daily.add(backup(day, 18));
        }

        Set<Backup> kept = BackupRotation.keep(daily, ZoneOffset.UTC);

        Set<String> days = new TreeSet<>();
        kept.forEach(backup -> days.add(backup.taken().toString()));
        assertEquals(new TreeSet<>(List.of(
                // The newest of each of the last 7 days: 23–29 November.
                "2026-11-23T18:00:00Z", "2026-11-24T18:00:00Z", "2026-11-25T18:00:00Z", "2026-11-26T18:00:00Z",
                "2026-11-27T18:00:00Z", "2026-11-28T18:00:00Z", "2026-11-29T18:00:00Z",
                // The newest of each of the last 4 ISO weeks: Sundays 29, 22, 15 and 8 November.
                "2026-11-22T18:00:00Z", "2026-11-15T18:00:00Z", "2026-11-08T18:00:00Z",
                // The newest of each of the last 6 months: the last day of June to October, and 29 November.
                "2026-10-31T18:00:00Z", "2026-09-30T18:00:00Z", "2026-08-31T18:00:00Z", "2026-07-31T18:00:00Z",
                "2026-06-30T18:00:00Z")), days);
    }

    @Test
    void fewBackupsAreAllKept() {
        List<Backup> two = List.of(backup(LocalDate.of(2026, 1, 1), 9), backup(LocalDate.of(2026, 3, 1), 9));

        assertEquals(Set.copyOf(two), BackupRotation.keep(two, ZoneOffset.UTC));
    }

    private static Backup backup(LocalDate day, int hour) {
        Instant taken = day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
        return new Backup(Path.of("learnlog-" + taken + ".zip"), taken, 1);
    }
}
