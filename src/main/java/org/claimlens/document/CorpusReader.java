package org.claimlens.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * One corpus file read record by record: CSV with a header row (RFC 4180 quoting), or JSON Lines
 * (one object a line). A bad record becomes an error item and reading goes on with the next; only
 * damage the format cannot recover from (an unclosed quote, bytes that are not UTF-8) ends the file,
 * with an error item saying where.
 */
abstract sealed class CorpusReader implements Iterator<InputItem>, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    final String input;
    final InputOptions options;
    final Deque<InputItem> ready = new ArrayDeque<>();
    boolean finished;

    private CorpusReader(String input, InputOptions options) {
        this.input = input;
        this.options = options;
    }

    static CorpusReader csv(String input, Path path, InputOptions options) {
        return new Csv(input, path, options);
    }

    static CorpusReader jsonl(String input, Path path, InputOptions options) {
        return new Jsonl(input, path, options);
    }

    /** Reads until at least one item is ready or the file is done. */
    abstract void advance();

    @Override
    public abstract void close();

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !finished) {
            advance();
        }
        return !ready.isEmpty();
    }

    @Override
    public InputItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.removeFirst();
    }

    void fail(String record, String reason) {
        ready.add(new InputItem.Unreadable(new InputError(input, record, reason)));
    }

    void fileFailed(String reason) {
        fail("", reason);
        finished = true;
        close();
    }

    /** @param record where the record is: "line N" in JSONL, "record N" in CSV (a record may span lines) */
    void accept(String id, String record, String text) {
        String documentId = id == null || id.isBlank() ? input + "#" + record.replaceAll("\\D", "") : id;
        ready.add(DocumentCheck.check(new Document(documentId, input + " " + record, text), input, record,
                options.maxDocumentChars()));
    }

    static Reader utf8(Path path) throws IOException {
        PushbackInputStream in = new PushbackInputStream(Files.newInputStream(path), 3);
        byte[] head = new byte[3];
        int n = in.readNBytes(head, 0, 3);
        boolean bom = n == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF;
        if (!bom && n > 0) {
            in.unread(head, 0, n);
        }
        return new InputStreamReader((InputStream) in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (cause instanceof java.nio.charset.MalformedInputException) {
            return "not valid UTF-8 text; convert it to UTF-8";
        }
        return message.lines().findFirst().orElse(message);
    }

    private static final class Csv extends CorpusReader {
        private CSVParser parser;
        private Iterator<CSVRecord> records;
        private int textIndex;
        private int idIndex;
        private int columns;

        Csv(String input, Path path, InputOptions options) {
            super(input, options);
            try {
                parser = CSVParser.parse(utf8(path), CSVFormat.RFC4180.builder()
                        .setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true).get());
                Map<String, Integer> header = parser.getHeaderMap();
                if (!header.containsKey(options.textColumn())) {
                    fileFailed("no column '" + options.textColumn() + "' in the header (columns: "
                            + String.join(", ", header.keySet()) + "); name it with --text-column");
                    return;
                }
                textIndex = header.get(options.textColumn());
                idIndex = header.getOrDefault(options.idColumn(), -1);
                columns = parser.getHeaderNames().size();
                records = parser.iterator();
            } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
                fileFailed("cannot read CSV header (" + reason(e) + ")");
            }
        }

        @Override
        void advance() {
            try {
                if (!records.hasNext()) {
                    finished = true;
                    close();
                    return;
                }
                CSVRecord record = records.next();
                String where = "record " + record.getRecordNumber();
                if (record.size() != columns) {
                    fail(where, "record has " + record.size() + " fields, the header has " + columns);
                    return;
                }
                accept(idIndex < 0 ? null : record.get(idIndex), where, record.get(textIndex));
            } catch (UncheckedIOException | IllegalStateException e) {
                fileFailed("malformed CSV after record " + parser.getRecordNumber() + " (" + reason(e)
                        + "); the rest of the file was not read");
            }
        }

        @Override
        public void close() {
            try {
                if (parser != null) {
                    parser.close();
                }
            } catch (IOException ignored) {
                // Closing a read-only file: nothing is lost if it fails.
            }
        }
    }

    private static final class Jsonl extends CorpusReader {
        private BufferedReader reader;
        private long line;

        Jsonl(String input, Path path, InputOptions options) {
            super(input, options);
            try {
                reader = new BufferedReader(utf8(path));
            } catch (IOException e) {
                fileFailed("cannot read (" + reason(e) + ")");
            }
        }

        @Override
        void advance() {
            String text;
            try {
                text = reader.readLine();
            } catch (IOException | UncheckedIOException e) {
                fileFailed("cannot read after line " + line + " (" + reason(e) + "); the rest of the file was not read");
                return;
            }
            if (text == null) {
                finished = true;
                close();
                return;
            }
            line++;
            if (text.isBlank()) {
                return;
            }
            String record = "line " + line;
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                fail(record, "not valid JSON (" + reason(e) + ")");
                return;
            }
            if (node == null || !node.isObject()) {
                fail(record, "not a JSON object");
                return;
            }
            JsonNode body = node.get(options.textColumn());
            if (body == null || body.isNull()) {
                fail(record, "no field '" + options.textColumn() + "'");
                return;
            }
            if (!body.isTextual()) {
                fail(record, "field '" + options.textColumn() + "' is " + body.getNodeType().name().toLowerCase(java.util.Locale.ROOT)
                        + ", expected a string");
                return;
            }
            JsonNode id = node.get(options.idColumn());
            accept(id == null || id.isNull() || id.isContainerNode() ? null : id.asText(), record, body.asText());
        }

        @Override
        public void close() {
            try {
                if (reader != null) {
                    reader.close();
                }
            } catch (IOException ignored) {
                // Closing a read-only file: nothing is lost if it fails.
            }
        }
    }
}
