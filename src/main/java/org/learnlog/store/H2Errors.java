package org.learnlog.store;

import java.sql.SQLException;

/** Reading H2's errors: their codes anywhere in the chain, and their first line without the SQL state. */
final class H2Errors {
    static final int ALREADY_OPEN = 90020;
    /** "Encryption error in file": the passphrase is not the one the file was encrypted with. */
    static final int WRONG_FILE_PASSWORD = 90049;

    private H2Errors() {
    }

    static boolean isAlreadyOpen(SQLException e) {
        return hasCode(e, ALREADY_OPEN);
    }

    static boolean hasCode(SQLException e, int code) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }

    static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        int sqlState = line.indexOf(" [");
        return sqlState > 0 ? line.substring(0, sqlState) : line;
    }
}
