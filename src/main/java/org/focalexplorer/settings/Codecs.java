package org.focalexplorer.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The kinds of setting values there are, each with its domain and its JSON form. */
public final class Codecs {
    /** BCP 47-like: "en", "zh-CN", "zh-Hans-CN"; short, so that a file cannot smuggle a long string in. */
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}");

    private Codecs() {}

    /** true or false. */
    public static Codec<Boolean> bool() {
        return new Codec<>() {
            public Class<?> type() {
                return Boolean.class;
            }

            public Object encode(Boolean v) {
                return check("value", v);
            }

            public Boolean decode(String id, Object plain) {
                return Plain.bool(id, plain);
            }

            public Boolean check(String id, Boolean v) {
                if (v == null) {
                    throw new IllegalArgumentException(id + " must not be null");
                }
                return v;
            }
        };
    }

    /** A finite number in [min, max]. */
    public static NumberCodec number(double min, double max) {
        return new NumberCodec(min, max);
    }

    /** A whole number in [min, max]; a live value outside is clamped to the range (a spinner, Ctrl+=). */
    public static IntegerCodec integer(int min, int max) {
        return new IntegerCodec(min, max);
    }

    /**
     * One of the values of a slider's ladder, or (where {@code typedMin} is not NaN) any value typed in
     * [typedMin, typedMax]; {@code whole}: written as a whole number (a count).
     */
    public static LevelCodec levels(double[] levels, double typedMin, double typedMax, boolean whole) {
        return new LevelCodec(levels, typedMin, typedMax, whole, null);
    }

    /** Levels where +∞ is one of them, written as {@code word} (JSON has no infinity). */
    public static LevelCodec levelsWithInfinity(double[] levels, String word) {
        return new LevelCodec(levels, Double.NaN, Double.NaN, false, word);
    }

    /** One of {@code allowed}, written as its id. */
    public static <E extends Enum<E>> Codec<E> choice(Class<E> type, List<E> allowed, Function<E, String> id) {
        return new Codec<>() {
            public Class<?> type() {
                return type;
            }

            public Object encode(E v) {
                return id.apply(check("value", v));
            }

            public E decode(String name, Object plain) {
                String s = Plain.text(name, plain);
                for (E e : allowed) {
                    if (id.apply(e).equals(s)) {
                        return e;
                    }
                }
                throw new IllegalArgumentException(name + " = " + Plain.quoted(s) + ": must be one of " + ids());
            }

            public E check(String name, E v) {
                if (v == null || !allowed.contains(v)) {
                    throw new IllegalArgumentException(name + " = " + (v == null ? "null" : Plain.quoted(id.apply(v)))
                            + ": must be one of " + ids());
                }
                return v;
            }

            private List<String> ids() {
                return allowed.stream().map(id).toList();
            }
        };
    }

    /**
     * {@code min} to {@code max} different constants of {@code allowed}, in the user's order, written as a
     * list of ids ({@code ["ce", "softmax-focal"]}).
     */
    public static <E extends Enum<E>> Codec<List<E>> choices(Class<E> type, List<E> allowed, Function<E, String> id,
            int min, int max) {
        Codec<E> one = choice(type, allowed, id);
        return new Codec<>() {
            public Class<?> type() {
                return List.class;
            }

            public Object encode(List<E> v) {
                return new ArrayList<Object>(check("value", v).stream().map(id).toList());
            }

            public List<E> decode(String name, Object plain) {
                String expected = "a list of " + min + " to " + max + " names";
                if (!(plain instanceof List)) {
                    throw new IllegalArgumentException(name + ": expected " + expected + ", found " + Plain.describe(plain));
                }
                List<Object> l = Plain.list(name, plain, expected);
                if (l.size() > max) { // before decoding a long list entry by entry
                    throw new IllegalArgumentException(name + ": " + l.size() + " entries, at most " + max);
                }
                List<E> out = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) {
                    out.add(one.decode(name + "[" + i + "]", l.get(i)));
                }
                return check(name, out);
            }

            public List<E> check(String name, List<E> v) {
                if (v == null) {
                    throw new IllegalArgumentException(name + " must not be null");
                }
                for (int i = 0; i < v.size(); i++) {
                    one.check(name + "[" + i + "]", v.get(i));
                    if (v.subList(0, i).contains(v.get(i))) {
                        throw new IllegalArgumentException(name + "[" + i + "] = " + Plain.quoted(id.apply(v.get(i)))
                                + ": listed twice");
                    }
                }
                if (v.size() < min || v.size() > max) {
                    throw new IllegalArgumentException(name + ": " + v.size() + " entries, expected " + min + " to " + max);
                }
                return List.copyOf(v);
            }
        };
    }

    /** Every constant of {@code type}, written as its lower-case name ("alpha_ce"). */
    public static <E extends Enum<E>> Codec<E> choice(Class<E> type) {
        return choice(type, List.of(type.getEnumConstants()), Codecs::lowerCase);
    }

    public static String lowerCase(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** A language tag such as "en" or "zh-CN". */
    public static Codec<String> language() {
        return new Codec<>() {
            public Class<?> type() {
                return String.class;
            }

            public Object encode(String v) {
                return check("language", v);
            }

            public String decode(String id, Object plain) {
                return check(id, Plain.text(id, plain));
            }

            public String check(String id, String v) {
                if (v == null || !LANGUAGE.matcher(v).matches()) {
                    throw new IllegalArgumentException(id + " = " + Plain.quoted(v) + ": must be a language tag such as en or zh-CN");
                }
                return v;
            }
        };
    }

    /** 1 to {@code maxLength} whole numbers, each in [min, max] (hidden layer widths). */
    public static Codec<List<Integer>> integers(int maxLength, int min, int max) {
        return boundedList(maxLength, "a list of whole numbers", Plain::integer, w -> w >= min && w <= max,
                outOfRange(min, max));
    }

    /** 1 to {@code maxLength} finite numbers, each in [min, max] (the sweep's γ and α values). */
    public static Codec<List<Double>> numbers(int maxLength, double min, double max) {
        return boundedList(maxLength, "a list of numbers", Plain::number, x -> x >= min && x <= max,
                outOfRange(min, max));
    }

    /** 1 to {@code maxLength} entries, each read by {@code element} and accepted by {@code inRange}. */
    private static <E> Codec<List<E>> boundedList(int maxLength, String expected,
            java.util.function.BiFunction<String, Object, E> element, java.util.function.Predicate<E> inRange,
            String range) {
        return new Codec<>() {
            public Class<?> type() {
                return List.class;
            }

            public Object encode(List<E> v) {
                return new ArrayList<Object>(check("value", v));
            }

            public List<E> decode(String id, Object plain) {
                List<Object> l = Plain.list(id, plain, expected);
                if (l.size() > maxLength) {
                    throw new IllegalArgumentException(id + ": " + l.size() + " entries, at most " + maxLength);
                }
                List<E> out = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) {
                    out.add(element.apply(id + "[" + i + "]", l.get(i)));
                }
                return check(id, out);
            }

            public List<E> check(String id, List<E> v) {
                if (v == null) {
                    throw new IllegalArgumentException(id + " must not be null");
                }
                if (v.isEmpty() || v.size() > maxLength) {
                    throw new IllegalArgumentException(id + ": " + v.size() + " entries, must be 1 to " + maxLength);
                }
                for (int i = 0; i < v.size(); i++) {
                    E x = v.get(i);
                    if (x == null || !inRange.test(x)) {
                        throw new IllegalArgumentException(id + "[" + i + "] = " + x + ": " + range);
                    }
                }
                return List.copyOf(v);
            }
        };
    }

    /**
     * Weights ≥ 0 with a positive sum, at most {@code maxLength}; the empty list (written as {@code word})
     * means "no list of its own" (the code panel's α vector then follows α).
     */
    public static Codec<List<Double>> weights(int maxLength, String word) {
        return new Codec<>() {
            public Class<?> type() {
                return List.class;
            }

            public Object encode(List<Double> v) {
                List<Double> c = check("value", v);
                return c.isEmpty() ? word : new ArrayList<Object>(c);
            }

            public List<Double> decode(String id, Object plain) {
                if (word.equals(plain)) {
                    return List.of();
                }
                String expected = "a list of numbers or \"" + word + "\"";
                if (!(plain instanceof List)) {
                    throw new IllegalArgumentException(id + ": expected " + expected + ", found " + Plain.describe(plain));
                }
                List<Object> l = Plain.list(id, plain, expected);
                if (l.size() > maxLength) {
                    throw new IllegalArgumentException(id + ": " + l.size() + " entries, at most " + maxLength);
                }
                List<Double> out = new ArrayList<>();
                for (int i = 0; i < l.size(); i++) {
                    out.add(Plain.number(id + "[" + i + "]", l.get(i)));
                }
                return check(id, out);
            }

            public List<Double> check(String id, List<Double> v) {
                if (v == null) {
                    throw new IllegalArgumentException(id + " must not be null");
                }
                double sum = 0;
                for (int i = 0; i < v.size(); i++) {
                    Double a = v.get(i);
                    if (a == null || !Double.isFinite(a) || a < 0) {
                        throw new IllegalArgumentException(id + "[" + i + "] = " + a + ": must be a finite number >= 0");
                    }
                    sum += a;
                }
                if (!v.isEmpty() && !(sum > 0)) {
                    throw new IllegalArgumentException(id + " = " + v + ": the weights must not all be 0");
                }
                return List.copyOf(v);
            }
        };
    }

    /** Where the probe is pinned: {@code {"axis": "probability" | "logit", "value": …}}. */
    public static Codec<ProbePosition> probe() {
        return new Codec<>() {
            public Class<?> type() {
                return ProbePosition.class;
            }

            public List<String> keys() {
                return List.of("axis", "value");
            }

            public Object encode(ProbePosition p) {
                check("probe", p);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("axis", p.fromProbability() ? "probability" : "logit");
                m.put("value", p.fromProbability() ? p.pt() : p.xt());
                return m;
            }

            public ProbePosition decode(String id, Object plain) {
                Map<String, Object> m = Plain.object(id, plain);
                String axis = Plain.text(id + ".axis", Plain.field(id, m, "axis"));
                double v = Plain.number(id + ".value", Plain.field(id, m, "value"));
                if (!axis.equals("probability") && !axis.equals("logit")) {
                    throw new IllegalArgumentException(id + ".axis = " + Plain.quoted(axis) + ": must be one of [probability, logit]");
                }
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(id + ".value = " + v + ": must be a finite number");
                }
                if (axis.equals("probability") && !(v > 0.0 && v < 1.0)) {
                    throw new IllegalArgumentException(id + ".value = " + v + ": a probability must be in (0, 1)");
                }
                return axis.equals("probability") ? ProbePosition.ofProbability(v) : ProbePosition.ofLogit(v);
            }

            public ProbePosition check(String id, ProbePosition p) {
                if (p == null) {
                    throw new IllegalArgumentException(id + " must not be null");
                }
                double v = p.fromProbability() ? p.pt() : p.xt();
                if (!Double.isFinite(v) || (p.fromProbability() && !(v > 0.0 && v < 1.0))) {
                    throw new IllegalArgumentException(id + ".value = " + v + ": must be a finite number"
                            + (p.fromProbability() ? ", a probability in (0, 1)" : ""));
                }
                return p;
            }
        };
    }

    /**
     * The pinned loss setting: {@code {"pinned": false}}, or {@code {"pinned": true, "alpha_enabled": …,
     * "alpha": …, "gamma": …, "beta": …}}, each value in the range of its live setting.
     */
    public static Codec<PinnedSetting> pinned(NumberCodec alpha, NumberCodec gamma, NumberCodec beta) {
        return new Codec<>() {
            public Class<?> type() {
                return PinnedSetting.class;
            }

            public List<String> keys() {
                return List.of("pinned", "alpha_enabled", "alpha", "gamma", "beta");
            }

            public Object encode(PinnedSetting p) {
                check("pinned", p);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("pinned", p.pinned());
                if (p.pinned()) {
                    m.put("alpha_enabled", p.alphaEnabled());
                    m.put("alpha", p.alpha());
                    m.put("gamma", p.gamma());
                    m.put("beta", p.beta());
                }
                return m;
            }

            public PinnedSetting decode(String id, Object plain) {
                Map<String, Object> m = Plain.object(id, plain);
                if (!Plain.bool(id + ".pinned", Plain.field(id, m, "pinned"))) {
                    return PinnedSetting.NONE;
                }
                return check(id, PinnedSetting.of(
                        Plain.bool(id + ".alpha_enabled", Plain.field(id, m, "alpha_enabled")),
                        alpha.decode(id + ".alpha", Plain.field(id, m, "alpha")),
                        gamma.decode(id + ".gamma", Plain.field(id, m, "gamma")),
                        beta.decode(id + ".beta", Plain.field(id, m, "beta"))));
            }

            public PinnedSetting check(String id, PinnedSetting p) {
                if (p == null) {
                    throw new IllegalArgumentException(id + " must not be null");
                }
                if (!p.pinned()) {
                    return PinnedSetting.NONE;
                }
                alpha.check(id + ".alpha", p.alpha());
                gamma.check(id + ".gamma", p.gamma());
                beta.check(id + ".beta", p.beta());
                return p;
            }
        };
    }

    /** The lesson and step: {@code {"id": -1 | 0, "step": -1 | 0 … steps − 1}}; −1 = none. */
    public static Codec<LessonPlace> lesson(int steps) {
        return new Codec<>() {
            public Class<?> type() {
                return LessonPlace.class;
            }

            public List<String> keys() {
                return List.of("id", "step");
            }

            public Object encode(LessonPlace p) {
                check("lesson", p);
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", p.id());
                m.put("step", p.step());
                return m;
            }

            public LessonPlace decode(String id, Object plain) {
                Map<String, Object> m = Plain.object(id, plain);
                int lesson = Plain.integer(id + ".id", Plain.field(id, m, "id"));
                int step = Plain.integer(id + ".step", Plain.field(id, m, "step"));
                return check(id, new LessonPlace(lesson, step));
            }

            public LessonPlace check(String id, LessonPlace p) {
                if (p == null) {
                    throw new IllegalArgumentException(id + " must not be null");
                }
                if (p.id() != LessonPlace.NONE.id() && p.id() != LessonPlace.PAPER) {
                    throw new IllegalArgumentException(id + ".id = " + p.id() + ": must be -1 (none) or "
                            + LessonPlace.PAPER + " (the paper)");
                }
                if (p.id() == LessonPlace.NONE.id()) {
                    if (p.step() != -1) {
                        throw new IllegalArgumentException(id + ".step = " + p.step() + ": must be -1 without a lesson");
                    }
                } else if (p.step() < 0 || p.step() >= steps) {
                    throw new IllegalArgumentException(id + ".step = " + p.step() + ": " + outOfRange(0, steps - 1));
                }
                return p;
            }
        };
    }

    /** A finite number in a range. */
    /** "out of range [0, 10]", the bounds as a user writes them ("0.001", not "0.0010"; "10", not "10.0"). */
    static String outOfRange(double min, double max) {
        return "out of range [" + bound(min) + ", " + bound(max) + "]";
    }

    private static String bound(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : "-∞";
        }
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString().replaceFirst("^-0$", "0");
    }

    public static final class NumberCodec implements Codec<Double> {
        private final double min;
        private final double max;

        NumberCodec(double min, double max) {
            this.min = min;
            this.max = max;
        }

        public double min() {
            return min;
        }

        public double max() {
            return max;
        }

        public Class<?> type() {
            return Double.class;
        }

        public Object encode(Double v) {
            return check("value", v);
        }

        public Double decode(String id, Object plain) {
            return check(id, Plain.number(id, plain));
        }

        public Double check(String id, Double v) {
            if (v == null || !(v >= min && v <= max)) {
                throw new IllegalArgumentException(id + " = " + v + ": " + rangeText());
            }
            return v == 0.0 ? 0.0 : v; // no −0
        }

        /** "out of range [0, 10]": the real bounds, as a user types them. */
        public String rangeText() {
            return outOfRange(min, max);
        }
    }

    /** A whole number in a range. */
    public static final class IntegerCodec implements Codec<Integer> {
        private final int min;
        private final int max;

        IntegerCodec(int min, int max) {
            this.min = min;
            this.max = max;
        }

        public int min() {
            return min;
        }

        public int max() {
            return max;
        }

        public Class<?> type() {
            return Integer.class;
        }

        public Object encode(Integer v) {
            return check("value", v);
        }

        public Integer decode(String id, Object plain) {
            return check(id, Plain.integer(id, plain));
        }

        public Integer check(String id, Integer v) {
            if (v == null || v < min || v > max) {
                throw new IllegalArgumentException(id + " = " + v + ": " + outOfRange(min, max));
            }
            return v;
        }

        /** The nearest value in range. */
        public int clamp(int v) {
            return Math.max(min, Math.min(max, v));
        }
    }

    /** A value on a slider's ladder, or typed in a range. */
    public static final class LevelCodec implements Codec<Double> {
        private final double[] levels;
        private final double typedMin;
        private final double typedMax;
        private final boolean whole;
        private final String infinityWord;

        LevelCodec(double[] levels, double typedMin, double typedMax, boolean whole, String infinityWord) {
            if (levels.length < 2) {
                throw new IllegalArgumentException("a ladder needs at least two levels");
            }
            this.levels = levels.clone();
            this.typedMin = typedMin;
            this.typedMax = typedMax;
            this.whole = whole;
            this.infinityWord = infinityWord;
        }

        public double[] levels() {
            return levels.clone();
        }

        public boolean isTyped() {
            return !Double.isNaN(typedMin);
        }

        public double typedMin() {
            return typedMin;
        }

        public double typedMax() {
            return typedMax;
        }

        public boolean accepts(double v) {
            for (double l : levels) {
                if (l == v) {
                    return true;
                }
            }
            return isTyped() && v >= typedMin && v <= typedMax;
        }

        public Class<?> type() {
            return Double.class;
        }

        public Object encode(Double v) {
            double c = check("value", v);
            if (c == Double.POSITIVE_INFINITY && infinityWord != null) {
                return infinityWord;
            }
            return whole ? (Object) (int) c : (Object) c;
        }

        public Double decode(String id, Object plain) {
            if (infinityWord != null && infinityWord.equals(plain)) {
                return check(id, Double.POSITIVE_INFINITY);
            }
            if (whole) {
                return check(id, (double) Plain.integer(id, plain));
            }
            if (infinityWord != null && !(plain instanceof Number)) {
                throw new IllegalArgumentException(id + ": expected a number or \"" + infinityWord + "\", found "
                        + Plain.describe(plain));
            }
            return check(id, Plain.number(id, plain));
        }

        public Double check(String id, Double v) {
            if (v == null || !accepts(v)) {
                List<String> shown = new ArrayList<>();
                for (double l : levels) {
                    shown.add(whole ? String.valueOf((long) l) : String.valueOf(l));
                }
                String value = v != null && whole && v == Math.rint(v) && Math.abs(v) < 1e15
                        ? String.valueOf(v.longValue()) : String.valueOf(v);
                throw new IllegalArgumentException(id + " = " + value + ": must be one of " + shown
                        + (isTyped() ? " or a value in [" + typedMin + ", " + typedMax + "]" : ""));
            }
            return v;
        }

        @Override
        public String toString() {
            return "levels " + Arrays.toString(levels);
        }
    }
}
