package cn.suanpan.hardware.printer.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of at most a given number of columns. Latin words stay whole where
 * they fit and break at spaces; Chinese text may break between any two characters, except
 * that a closing punctuation mark (，。）」 …) never starts a line — it pulls the character
 * before it down with it — and an opening bracket (（「 …) never ends one, as Chinese
 * typesetting does.
 */
public final class TextWrap {

    private static final String NO_LINE_START = "，。、；：！？）】》」』〕〉’”%,.;:!?)]}";
    private static final String NO_LINE_END = "（【《「『〔〈‘“([{";

    private TextWrap() {
    }

    public static List<String> wrap(String text, int columns) {
        if (columns < 2) {
            throw new IllegalArgumentException("need at least two columns to hold a wide character: " + columns);
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            wrapParagraph(paragraph, columns, lines);
        }
        return lines;
    }

    private record Token(String text, int width, boolean space) {
    }

    private static void wrapParagraph(String paragraph, int columns, List<String> lines) {
        List<Token> line = new ArrayList<>();
        int width = 0;
        int linesBefore = lines.size();
        for (Token token : tokenize(paragraph)) {
            if (token.space()) {
                if (!line.isEmpty() && width + token.width() <= columns) {
                    line.add(token);
                    width += token.width();
                } else if (!line.isEmpty()) {
                    flush(line, lines);
                    width = 0;
                }
                continue;
            }
            if (width + token.width() <= columns) {
                line.add(token);
                width += token.width();
                continue;
            }
            if (token.width() > columns) {
                // a word longer than the line: break it where the line ends
                if (!line.isEmpty()) {
                    flush(line, lines);
                }
                width = 0;
                StringBuilder piece = new StringBuilder();
                for (int i = 0; i < token.text().length(); ) {
                    int cp = token.text().codePointAt(i);
                    int w = TextWidth.of(cp);
                    if (width + w > columns) {
                        lines.add(piece.toString());
                        piece.setLength(0);
                        width = 0;
                    }
                    piece.appendCodePoint(cp);
                    width += w;
                    i += Character.charCount(cp);
                }
                line.add(new Token(piece.toString(), width, false));
                continue;
            }
            List<Token> carried = new ArrayList<>();
            if (columns >= 8 && oneOf(NO_LINE_START, token) && line.size() >= 2 && !line.getLast().space()) {
                carried.addFirst(line.removeLast());
            }
            if (columns >= 8 && line.size() >= 2 && oneOf(NO_LINE_END, line.getLast())) {
                carried.addFirst(line.removeLast());
            }
            flush(line, lines);
            line.addAll(carried);
            line.add(token);
            width = line.stream().mapToInt(Token::width).sum();
        }
        if (!line.isEmpty() || lines.size() == linesBefore) {
            flush(line, lines);
        }
    }

    private static boolean oneOf(String marks, Token token) {
        String text = token.text();
        return !token.space() && text.codePointCount(0, text.length()) == 1 && marks.contains(text);
    }

    private static void flush(List<Token> line, List<String> lines) {
        while (!line.isEmpty() && line.getLast().space()) {
            line.removeLast();
        }
        StringBuilder sb = new StringBuilder();
        for (Token t : line) {
            sb.append(t.text());
        }
        lines.add(sb.toString());
        line.clear();
    }

    /** Runs of narrow non-space characters form words; each wide character stands alone. */
    private static List<Token> tokenize(String text) {
        List<Token> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int wordWidth = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int w = TextWidth.of(cp);
            boolean space = cp == ' ';
            if (!space && w < 2) {
                word.appendCodePoint(cp);
                wordWidth += w;
                continue;
            }
            if (!word.isEmpty()) {
                tokens.add(new Token(word.toString(), wordWidth, false));
                word.setLength(0);
                wordWidth = 0;
            }
            tokens.add(new Token(Character.toString(cp), w, space));
        }
        if (!word.isEmpty()) {
            tokens.add(new Token(word.toString(), wordWidth, false));
        }
        return tokens;
    }
}
