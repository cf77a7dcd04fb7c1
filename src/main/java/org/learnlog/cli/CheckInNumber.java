package org.learnlog.cli;

import java.util.List;
import org.learnlog.model.CheckIn;
import org.learnlog.service.InvalidInputException;
import org.learnlog.service.JournalServices;

/** A goal's check-in by its number in {@code learnlog goals show}: 1 is the oldest. */
final class CheckInNumber {

    private CheckInNumber() {
    }

    static CheckIn find(JournalServices services, String goal, int number) {
        List<CheckIn> checkIns = services.tracking().checkIns(goal);
        if (number < 1 || number > checkIns.size()) {
            throw new InvalidInputException(checkIns.isEmpty() ? "The goal " + goal + " has no check-ins yet."
                    : "The goal " + goal + " has check-ins 1 to " + checkIns.size() + "; learnlog goals show " + goal
                            + " lists them.");
        }
        return checkIns.get(number - 1);
    }
}
