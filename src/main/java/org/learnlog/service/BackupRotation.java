package org.learnlog.service;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Which backups to keep: the newest of each of the last 7 days that have one, of the last 4 weeks and
 * of the last 6 months. Everything else may go. So a week of daily work can be undone day by day,
 * and a mistake noticed months later still has a copy from before it.
 */
final class BackupRotation {
    static final int DAYS = 7;
    static final int WEEKS = 4;
    static final int MONTHS = 6;

    private BackupRotation() {
    }

    static Set<Backup> keep(List<Backup> backups, ZoneId zone) {
        List<Backup> newestFirst = backups.stream().sorted(Comparator.comparing(Backup::taken).reversed()).toList();
        Set<Backup> kept = new LinkedHashSet<>();
        kept.addAll(newestPer(newestFirst, backup -> day(backup, zone), DAYS));
        kept.addAll(newestPer(newestFirst, backup -> {
            LocalDate day = day(backup, zone);
            return day.get(IsoFields.WEEK_BASED_YEAR) * 100 + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        }, WEEKS));
        kept.addAll(newestPer(newestFirst, backup -> YearMonth.from(day(backup, zone)), MONTHS));
        return kept;
    }

    private static List<Backup> newestPer(List<Backup> newestFirst, Function<Backup, Object> period, int periods) {
        Set<Object> seen = new HashSet<>();
        return newestFirst.stream().filter(backup -> seen.add(period.apply(backup))).limit(periods).toList();
    }

    private static LocalDate day(Backup backup, ZoneId zone) {
        return backup.taken().atZone(zone).toLocalDate();
    }
}
