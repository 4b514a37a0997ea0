package id.aduan.classifier.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CoderResult;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a labelled corpus: UTF-8 CSV with a header row naming at least the columns {@code text}, {@code category}
 * and {@code agency} (others are ignored; either label may be empty). Strict: malformed UTF-8, a missing column,
 * an empty file or an unclosed quote fail with an {@link InvalidCorpus} naming the file and line.
 */
public final class CorpusReader {

    public static final List<String> COLUMNS = List.of("text", "category", "agency");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(false).get();

    private CorpusReader() {
    }

    public static List<Example> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidCorpus(file + ": no such file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new InvalidCorpus(file + ": no such file", e);
        } catch (IOException e) {
            throw new InvalidCorpus(file + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Reads a corpus from a stream; {@code name} identifies it in error messages. */
    public static List<Example> read(InputStream in, String name) {
        String content;
        try {
            content = decode(in.readAllBytes(), name);
        } catch (IOException e) {
            throw new InvalidCorpus(name + ": cannot read: " + e.getMessage(), e);
        }
        List<Example> examples = new ArrayList<>();
        long nextLine = 1;
        try (Reader reader = withoutBom(new StringReader(content));
             CSVParser parser = FORMAT.parse(reader)) {
            Map<String, Integer> header = parser.getHeaderMap();
            if (header == null || header.isEmpty()) {
                throw new InvalidCorpus(name + " line 1: empty file, expected a header row " + String.join(",", COLUMNS));
            }
            for (String column : COLUMNS) {
                if (!header.containsKey(column)) {
                    throw new InvalidCorpus(name + " line 1: missing column '" + column + "' (header is "
                            + String.join(",", header.keySet()) + ")");
                }
            }
            nextLine = parser.getCurrentLineNumber() + 1;
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                examples.add(new Example(value(record, "text"), value(record, "category"), value(record, "agency")));
                nextLine = parser.getCurrentLineNumber() + 1;
            }
        } catch (InvalidCorpus e) {
            throw e;
        } catch (CharacterCodingException e) {
            throw new InvalidCorpus(name + " line " + nextLine + ": not valid UTF-8", e);
        } catch (UncheckedIOException | IOException e) {
            throw describe(name, nextLine, e);
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new InvalidCorpus(name + " line " + nextLine + ": " + firstLine(e.getMessage()), e);
        }
        if (examples.isEmpty()) {
            throw new InvalidCorpus(name + " line " + nextLine + ": no data rows after the header");
        }
        return examples;
    }

    /** Strict UTF-8 decoding that names the line of the first malformed byte. */
    private static String decode(byte[] bytes, String name) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer output = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(input, output, true);
        if (result.isError()) {
            long line = 1;
            for (int i = 0; i < input.position(); i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new InvalidCorpus(name + " line " + line + ": not valid UTF-8");
        }
        decoder.flush(output);
        return output.flip().toString();
    }

    private static InvalidCorpus describe(String name, long line, Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && !(cause instanceof CharacterCodingException)) {
            cause = cause.getCause();
        }
        if (cause instanceof CharacterCodingException) {
            return new InvalidCorpus(name + " line " + line + ": not valid UTF-8", e);
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (message.contains("EOF reached before encapsulated token finished")) {
            return new InvalidCorpus(name + " line " + line + ": unclosed quote (the quoted field runs to the end of the file)", e);
        }
        return new InvalidCorpus(name + " line " + line + ": " + firstLine(message), e);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "invalid CSV";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    private static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column) : "";
    }

    private static Reader withoutBom(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
