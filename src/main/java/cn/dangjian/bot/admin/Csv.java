package cn.dangjian.bot.admin;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table as CSV for Excel: RFC 4180 (comma, CRLF, quotes doubled inside quoted fields), UTF-8 with a byte order
 * mark — without it Excel reads the Chinese as the local code page.
 */
final class Csv {

    static final MediaType TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private Csv() {
    }

    /** The CSV as a download named {@code fileName} (ASCII: a branch id and a year). */
    static ResponseEntity<byte[]> download(String fileName, byte[] csv) {
        return ResponseEntity.ok().contentType(TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName).build().toString())
                .body(csv);
    }

    static byte[] of(List<String> header, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        line(csv, header);
        rows.forEach(row -> line(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder csv, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append(quoted(fields.get(i)));
        }
        csv.append("\r\n");
    }

    private static String quoted(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\r') < 0 && field.indexOf('\n') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    /**
     * Text typed in chat (a topic, a nick) that begins like a formula would run as one when the secretary opens the
     * file in Excel; a leading apostrophe makes Excel show it as the text it is.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    static String value(Object value) {
        return value == null ? "" : value.toString();
    }
}
