package org.claimlens.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * Writes rows of a table as CSV (RFC 4180, header first) or as JSON Lines (one object a row).
 * {@link #render} is pure and thread-safe, so rows can be formatted on worker threads and written
 * in order on one.
 */
public interface TableWriter extends AutoCloseable {

    /** The row as it will appear in the file, record separator included. */
    String render(Map<String, Object> row);

    /** Appends rows that {@link #render} formatted. */
    void writeRendered(String rendered) throws IOException;

    default void write(Map<String, Object> row) throws IOException {
        writeRendered(render(row));
    }

    @Override
    void close() throws IOException;

    static TableWriter csv(Writer out, List<String> columns) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
        out.write(format.format(columns.toArray()) + "\n");
        return new TableWriter() {
            @Override
            public String render(Map<String, Object> row) {
                // Value by value into one buffer: format(...) would build a printer for every row.
                StringBuilder rendered = new StringBuilder(256);
                try {
                    for (int i = 0; i < columns.size(); i++) {
                        format.print(row.get(columns.get(i)), rendered, i == 0);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("a table row could not be formatted as CSV", e);
                }
                return rendered.append('\n').toString();
            }

            @Override
            public void writeRendered(String rendered) throws IOException {
                out.write(rendered);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    static TableWriter jsonl(Writer out) {
        ObjectMapper mapper = new ObjectMapper().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        return new TableWriter() {
            @Override
            public String render(Map<String, Object> row) {
                try {
                    return mapper.writeValueAsString(row) + "\n";
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("a table row could not be written as JSON", e);
                }
            }

            @Override
            public void writeRendered(String rendered) throws IOException {
                out.write(rendered);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
