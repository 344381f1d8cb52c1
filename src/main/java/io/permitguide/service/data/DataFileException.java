package io.permitguide.service.data;

/** A bundled data file (rules, cities, checklist, holidays) that is wrong: names the file and the problem. */
public class DataFileException extends RuntimeException {
    public DataFileException(String file, String problem) {
        super(file + ": " + problem);
    }

    public DataFileException(String file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
