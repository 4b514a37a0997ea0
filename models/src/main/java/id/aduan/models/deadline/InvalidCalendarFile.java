package id.aduan.models.deadline;

/** A holiday calendar file could not be read or has a bad line; the message names the file and the line. */
public class InvalidCalendarFile extends RuntimeException {

    private final String file;
    private final long line;

    InvalidCalendarFile(String file, long line, String problem, Throwable cause) {
        super(file + (line > 0 ? " line " + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    /** The file (a path, or the classpath resource) that was being read. */
    public String file() {
        return file;
    }

    /** The 1-based line of the problem, or 0 when the problem is the file as a whole. */
    public long line() {
        return line;
    }
}
