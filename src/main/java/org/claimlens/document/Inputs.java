package org.claimlens.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything named on the command line, read lazily and in order as {@link InputItem}s: plain files
 * ({@code .txt}, {@code .md}, {@code .html}), folders (recursively, sorted, filtered by extension
 * and globs), corpora ({@code .csv}, {@code .jsonl}: one document per record) and standard input
 * ({@code -}). Every input yields at least one item, so nothing named can vanish: a path that does
 * not exist, a folder with no matching files, an unreadable file or record becomes an
 * {@link InputItem.Unreadable}. Only one corpus file is open at a time; memory does not grow with the
 * number or size of inputs beyond one document.
 */
public final class Inputs implements Iterator<InputItem>, AutoCloseable {

    public static final String STDIN = "-";
    private static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md", "markdown");
    private static final Set<String> HTML_EXTENSIONS = Set.of("html", "htm", "xhtml");
    private static final Set<String> CSV_EXTENSIONS = Set.of("csv");
    private static final Set<String> JSONL_EXTENSIONS = Set.of("jsonl", "ndjson");

    private final Deque<String> pending;
    private final InputOptions options;
    private final InputStream stdin;
    private final Deque<InputItem> ready = new ArrayDeque<>();
    private CorpusReader corpus;

    public Inputs(List<String> inputs, InputOptions options, InputStream stdin) {
        this.pending = new ArrayDeque<>(inputs);
        this.options = options;
        this.stdin = stdin;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty()) {
            if (corpus != null) {
                if (corpus.hasNext()) {
                    ready.add(corpus.next());
                    continue;
                }
                corpus.close();
                corpus = null;
            }
            if (pending.isEmpty()) {
                return false;
            }
            open(pending.removeFirst());
        }
        return true;
    }

    @Override
    public InputItem next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return ready.removeFirst();
    }

    @Override
    public void close() {
        if (corpus != null) {
            corpus.close();
            corpus = null;
        }
    }

    private void open(String input) {
        if (input.equals(STDIN)) {
            try {
                ready.add(document(STDIN, STDIN, TextDecoder.decode(stdin.readAllBytes()), false));
            } catch (UnreadableException e) {
                ready.add(error(STDIN, e.getMessage()));
            } catch (IOException e) {
                ready.add(error(STDIN, "cannot read standard input (" + e.getMessage() + ")"));
            }
            return;
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            List<String> found = listFolder(input, path);
            for (int i = found.size() - 1; i >= 0; i--) {
                pending.addFirst(found.get(i));
            }
            return;
        }
        if (!Files.exists(path)) {
            ready.add(error(input, Files.exists(path, LinkOption.NOFOLLOW_LINKS)
                    ? "broken symbolic link" : "no such file or folder"));
            return;
        }
        if (!Files.isRegularFile(path)) {
            ready.add(error(input, "not a regular file"));
            return;
        }
        String extension = extension(path);
        if (CSV_EXTENSIONS.contains(extension)) {
            corpus = CorpusReader.csv(input, path, options);
        } else if (JSONL_EXTENSIONS.contains(extension)) {
            corpus = CorpusReader.jsonl(input, path, options);
        } else {
            ready.add(readFile(input, path, HTML_EXTENSIONS.contains(extension)));
        }
    }

    private InputItem readFile(String input, Path path, boolean html) {
        try {
            long size = Files.size(path);
            // A UTF-8 file has at least as many bytes as characters, so four bytes a character bounds it.
            if (size > 4L * options.maxDocumentChars()) {
                return error(input, "file is " + size + " bytes, over the document limit of "
                        + options.maxDocumentChars() + " characters (--max-document-chars)");
            }
            return document(input, input, TextDecoder.decode(Files.readAllBytes(path)), html);
        } catch (UnreadableException e) {
            return error(input, e.getMessage());
        } catch (AccessDeniedException e) {
            return error(input, "permission denied");
        } catch (NoSuchFileException e) {
            return error(input, "no such file");
        } catch (IOException e) {
            return error(input, "cannot read (" + e.getMessage() + ")");
        }
    }

    private InputItem document(String id, String input, String text, boolean html) {
        String content = html ? HtmlText.extract(text) : text;
        return DocumentCheck.check(new Document(id, input, content), input, "", options.maxDocumentChars());
    }

    private List<String> listFolder(String input, Path folder) {
        List<PathMatcher> include = matchers(options.include());
        List<PathMatcher> exclude = matchers(options.exclude());
        List<String> found = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.filter(p -> !Files.isDirectory(p))
                    .filter(p -> {
                        Path relative = folder.relativize(p);
                        boolean included = include.isEmpty() ? knownExtension(p) : include.stream().anyMatch(m -> m.matches(relative));
                        return included && exclude.stream().noneMatch(m -> m.matches(relative));
                    })
                    .map(Path::toString)
                    .sorted()
                    .forEach(found::add);
        } catch (IOException | UncheckedIOException e) {
            ready.add(error(input, "cannot list folder (" + e.getMessage() + ")"));
            return List.of();
        }
        if (found.isEmpty()) {
            ready.add(error(input, "folder holds no files to score (.txt, .md, .html, .csv, .jsonl)"));
        }
        return found;
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        return globs.stream().map(g -> FileSystems.getDefault().getPathMatcher("glob:" + g)).toList();
    }

    private static boolean knownExtension(Path path) {
        String extension = extension(path);
        return TEXT_EXTENSIONS.contains(extension) || HTML_EXTENSIONS.contains(extension)
                || CSV_EXTENSIONS.contains(extension) || JSONL_EXTENSIONS.contains(extension);
    }

    private static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static InputItem error(String input, String reason) {
        return new InputItem.Unreadable(new InputError(input, "", reason));
    }
}
