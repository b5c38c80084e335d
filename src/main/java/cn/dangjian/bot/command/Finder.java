package cn.dangjian.bot.command;

import java.util.BitSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that knows, from its own source, which characters can begin a match of it. Java's matcher
 * tries every alternative at every position of the text, so a search for one of forty words costs forty tries per
 * character. The parser runs dozens of searches per message and most find nothing (a report asks nothing, cancels
 * nothing, forwards no notice): a finder tries a match only at the positions whose character can begin one, and a
 * text with none of them costs one table lookup per character.
 * <p>
 * The openings are worked out for the syntax the parser's expressions use: literals, escapes, classes, groups,
 * lookarounds (which consume nothing, so the opening is the next character consumed), anchors and quantifiers. An
 * expression that may open with anything else (a negated class, a Unicode property, flags) or whose match may be
 * empty is searched as a plain pattern: a wrong table would lose matches, a missing one only costs time.
 * {@code FinderTest} holds every finder of the parser to its expression over the parse tables' messages.
 */
final class Finder {

    private final Pattern pattern;
    /** The characters that can begin a match, from {@link #low} on; null when any can. */
    private final long[] openings;
    private final char low;

    private Finder(Pattern pattern) {
        this.pattern = pattern;
        BitSet opening = pattern.flags() == 0 ? Openings.of(pattern.pattern()) : null;
        if (opening == null) {
            this.openings = null;
            this.low = 0;
        }
        else {
            this.low = (char) opening.nextSetBit(0);
            this.openings = opening.get(low, opening.length()).toLongArray();
        }
    }

    static Finder of(String regex) {
        return new Finder(Pattern.compile(regex));
    }

    Matcher matcher(CharSequence text) {
        return pattern.matcher(text);
    }

    /** Whether the text holds a match, as {@code matcher(text).find()}. */
    boolean in(CharSequence text) {
        return find(matcher(text), text, 0);
    }

    /**
     * Finds the first match at or after {@code from}, the one {@code m.find(from)} would find, trying only the positions
     * whose character can begin one. On success {@code m} holds the match; its region then starts there, so go on from
     * {@code m.end()} with this method, not with {@code m.find()}.
     *
     * @param m a matcher of this finder's pattern over {@code text}
     */
    boolean find(Matcher m, CharSequence text, int from) {
        if (openings == null) {
            return m.find(from);
        }
        // lookbehinds see the text before the region, and ^ does not match at its start: as find() at that position
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int i = from; i < text.length(); i++) {
            if (opens(text.charAt(i)) && m.region(i, text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Whether [from, to) holds a match, as {@code matcher(text).region(from, to).find()}. */
    boolean in(CharSequence text, int from, int to) {
        return firstIn(text, from, to) != null;
    }

    /**
     * The first match in [from, to), as {@code matcher(text).region(from, to).find()} finds it (the region's bounds
     * as that call has them); null when there is none, without a search when none of its openings is there.
     */
    Matcher firstIn(CharSequence text, int from, int to) {
        if (!mayOpenIn(text, from, to)) {
            return null;
        }
        Matcher m = matcher(text).region(from, to);
        return m.find() ? m : null;
    }

    /** Whether a match begins at {@code from}, as {@code matcher(text).region(from, text.length()).lookingAt()}. */
    boolean at(CharSequence text, int from) {
        return (openings == null || from < text.length() && opens(text.charAt(from)))
                && matcher(text).region(from, text.length()).lookingAt();
    }

    /** Whether a match can begin with {@code c}. */
    boolean opens(char c) {
        int at = c - low;
        return openings == null || at >= 0 && at >> 6 < openings.length && (openings[at >> 6] & 1L << at) != 0;
    }

    /** Whether a match could begin in [from, to): false when none of its opening characters is there. */
    boolean mayOpenIn(CharSequence text, int from, int to) {
        if (openings == null) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (opens(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Visible for the test: the opening characters, or null when any can open a match. */
    BitSet openings() {
        if (openings == null) {
            return null;
        }
        BitSet set = new BitSet();
        BitSet.valueOf(openings).stream().forEach(i -> set.set(i + low));
        return set;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }

    /**
     * A reader of an expression's source that works out, for each part, the characters that can begin it and whether
     * it can match nothing. It gives up (null) on what it does not know.
     */
    static final class Openings {

        /** What can begin a part: {@code chars}, or any character; {@code empty} when the part can match nothing. */
        private record Start(BitSet chars, boolean any, boolean empty) {

            static Start of(BitSet chars) {
                return new Start(chars, false, false);
            }

            static Start nothing() {
                return new Start(new BitSet(), false, true);
            }

            static final Start ANY = new Start(new BitSet(), true, false);

            Start or(Start other) {
                BitSet union = (BitSet) chars.clone();
                union.or(other.chars);
                return new Start(union, any || other.any, empty || other.empty);
            }

            /** This part, then {@code next}: the next part can begin the match only where this one can be empty. */
            Start then(Start next) {
                if (!empty) {
                    return this;
                }
                BitSet union = (BitSet) chars.clone();
                union.or(next.chars);
                return new Start(union, any || next.any, next.empty);
            }

            Start optional() {
                return new Start(chars, any, true);
            }
        }

        private static final class GiveUp extends RuntimeException {
            GiveUp() {
                super(null, null, false, false);
            }
        }

        private final String source;
        private int at;

        private Openings(String source) {
            this.source = source;
        }

        /** The characters that can begin a match of {@code regex}, or null when any can or a match can be empty. */
        static BitSet of(String regex) {
            Openings reader = new Openings(regex);
            try {
                Start start = reader.alternatives();
                if (reader.at != regex.length() || start.any || start.empty || start.chars.isEmpty()) {
                    return null;
                }
                return start.chars;
            }
            catch (GiveUp | IndexOutOfBoundsException e) {
                return null;
            }
        }

        private Start alternatives() {
            Start start = sequence();
            while (at < source.length() && source.charAt(at) == '|') {
                at++;
                start = start.or(sequence());
            }
            return start;
        }

        private Start sequence() {
            Start start = Start.nothing();
            while (at < source.length() && source.charAt(at) != '|' && source.charAt(at) != ')') {
                start = start.then(quantified(atom()));
            }
            return start;
        }

        private Start quantified(Start atom) {
            if (at >= source.length()) {
                return atom;
            }
            char c = source.charAt(at);
            Start result = atom;
            if (c == '?' || c == '*') {
                at++;
                result = atom.optional();
            }
            else if (c == '+') {
                at++;
            }
            else if (c == '{') {
                int close = source.indexOf('}', at);
                String bounds = source.substring(at + 1, close);
                int comma = bounds.indexOf(',');
                int least = Integer.parseInt(comma < 0 ? bounds : bounds.substring(0, comma));
                at = close + 1;
                result = least == 0 ? atom.optional() : atom;
            }
            else {
                return atom;
            }
            // lazy and possessive forms match the same texts
            if (at < source.length() && (source.charAt(at) == '?' || source.charAt(at) == '+')) {
                at++;
            }
            return result;
        }

        private Start atom() {
            char c = source.charAt(at++);
            switch (c) {
                case '(':
                    return group();
                case '[':
                    return charClass();
                case '\\':
                    return escape(false);
                case '.':
                    return Start.ANY;
                case '^', '$':
                    return Start.nothing();
                default:
                    if (Character.isSurrogate(c) || c == '*' || c == '+' || c == '?' || c == '{') {
                        throw new GiveUp();
                    }
                    return literal(c);
            }
        }

        private Start group() {
            boolean lookaround = false;
            if (source.startsWith("?:", at) || source.startsWith("?>", at)) {
                at += 2;
            }
            else if (source.startsWith("?=", at) || source.startsWith("?!", at)) {
                at += 2;
                lookaround = true;
            }
            else if (source.startsWith("?<=", at) || source.startsWith("?<!", at)) {
                at += 3;
                lookaround = true;
            }
            else if (source.startsWith("?<", at)) {
                at = source.indexOf('>', at) + 1;
            }
            else if (source.startsWith("?", at)) {
                throw new GiveUp(); // flags
            }
            Start inner = alternatives();
            if (source.charAt(at++) != ')') {
                throw new GiveUp();
            }
            // a lookaround consumes nothing: the match begins with what follows it
            return lookaround ? Start.nothing() : inner;
        }

        /** A class: its characters, or any character for a negated class. */
        private Start charClass() {
            boolean negated = source.charAt(at) == '^';
            if (negated) {
                at++;
            }
            BitSet chars = new BitSet();
            while (source.charAt(at) != ']') {
                char c = source.charAt(at++);
                if (c == '[' || c == '&' && source.charAt(at) == '&') {
                    throw new GiveUp();
                }
                BitSet one;
                if (c == '\\') {
                    Start escaped = escape(true);
                    one = escaped.chars;
                }
                else {
                    if (Character.isSurrogate(c)) {
                        throw new GiveUp();
                    }
                    one = new BitSet();
                    one.set(c);
                }
                if (source.charAt(at) == '-' && source.charAt(at + 1) != ']') {
                    if (one.cardinality() != 1) {
                        throw new GiveUp();
                    }
                    at++;
                    char endChar = source.charAt(at++);
                    int end = endChar == '\\' ? single(escape(true)) : endChar;
                    if (Character.isSurrogate(endChar) || end < one.nextSetBit(0)) {
                        throw new GiveUp();
                    }
                    one.set(one.nextSetBit(0), end + 1);
                }
                chars.or(one);
            }
            at++;
            return negated ? Start.ANY : Start.of(chars);
        }

        private static int single(Start start) {
            if (start.any || start.chars.cardinality() != 1) {
                throw new GiveUp();
            }
            return start.chars.nextSetBit(0);
        }

        private Start escape(boolean inClass) {
            char c = source.charAt(at++);
            switch (c) {
                case 'd':
                    return range('0', '9');
                case 's':
                    return chars(" \t\n\u000B\f\r");
                case 'w':
                    return range('a', 'z').or(range('A', 'Z')).or(range('0', '9')).or(literal('_'));
                case 'n':
                    return literal('\n');
                case 't':
                    return literal('\t');
                case 'r':
                    return literal('\r');
                case 'f':
                    return literal('\f');
                case 'u': {
                    char coded = (char) Integer.parseInt(source.substring(at, at + 4), 16);
                    at += 4;
                    return literal(coded);
                }
                case 'x': {
                    int code;
                    if (source.charAt(at) == '{') {
                        int close = source.indexOf('}', at);
                        code = Integer.parseInt(source.substring(at + 1, close), 16);
                        at = close + 1;
                    }
                    else {
                        code = Integer.parseInt(source.substring(at, at + 2), 16);
                        at += 2;
                    }
                    if (code > Character.MAX_VALUE || Character.isSurrogate((char) code)) {
                        throw new GiveUp();
                    }
                    return literal((char) code);
                }
                case 'b', 'B', 'A', 'z', 'Z', 'G':
                    if (inClass) {
                        throw new GiveUp();
                    }
                    return Start.nothing();
                default:
                    // an escaped mark stands for itself; a letter or digit is a class, a back reference or an escape
                    // not read here
                    if (Character.isLetterOrDigit(c)) {
                        throw new GiveUp();
                    }
                    return literal(c);
            }
        }

        private static Start literal(char c) {
            BitSet one = new BitSet();
            one.set(c);
            return Start.of(one);
        }

        private static Start range(char from, char to) {
            BitSet set = new BitSet();
            set.set(from, to + 1);
            return Start.of(set);
        }

        private static Start chars(String all) {
            BitSet set = new BitSet();
            all.chars().forEach(set::set);
            return Start.of(set);
        }
    }
}
