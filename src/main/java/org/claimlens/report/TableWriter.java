package org.claimlens.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes rows of a table as CSV (RFC 4180, header first) or as JSON Lines (one object a row). */
public interface TableWriter extends AutoCloseable {

    void write(Map<String, Object> row) throws IOException;

    @Override
    void close() throws IOException;

    static TableWriter csv(Writer out, List<String> columns) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(columns.toArray(String[]::new)).setRecordSeparator("\n").get());
        return new TableWriter() {
            @Override
            public void write(Map<String, Object> row) throws IOException {
                List<Object> values = new ArrayList<>(columns.size());
                columns.forEach(c -> values.add(row.get(c)));
                printer.printRecord(values);
            }

            @Override
            public void close() throws IOException {
                printer.flush();
            }
        };
    }

    static TableWriter jsonl(Writer out) {
        ObjectMapper mapper = new ObjectMapper().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        return new TableWriter() {
            @Override
            public void write(Map<String, Object> row) throws IOException {
                out.write(mapper.writeValueAsString(row));
                out.write('\n');
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }
}
