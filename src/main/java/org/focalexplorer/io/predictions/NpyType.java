package org.focalexplorer.io.predictions;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One NumPy scalar type ({@code descr} such as {@code <f4}, {@code |u1}, {@code >i8}): floats of 4 or 8
 * bytes, signed and unsigned integers of 1 to 8 bytes, bool; anything else is refused by name.
 */
record NpyType(char kind, int size, ByteOrder order) {

    static NpyType parse(String descr) {
        if (descr.length() < 3) {
            return null;
        }
        char o = descr.charAt(0);
        ByteOrder order = o == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        if (o != '<' && o != '>' && o != '|' && o != '=') {
            return null;
        }
        char kind = descr.charAt(1);
        int size;
        try {
            size = Integer.parseInt(descr.substring(2));
        } catch (NumberFormatException e) {
            return null;
        }
        return new NpyType(kind, size, order);
    }

    boolean isFloat() {
        return kind == 'f' && (size == 4 || size == 8);
    }

    boolean isInteger() {
        return (kind == 'i' || kind == 'u') && (size == 1 || size == 2 || size == 4 || size == 8) || (kind == 'b' && size == 1);
    }

    boolean isNumber() {
        return isFloat() || isInteger();
    }

    /** The value at byte {@code at} of a buffer in this type's byte order. */
    double get(ByteBuffer b, int at) {
        switch (kind) {
            case 'f':
                return size == 4 ? b.getFloat(at) : b.getDouble(at);
            case 'b':
                return b.get(at) != 0 ? 1 : 0;
            case 'u':
                switch (size) {
                    case 1: return b.get(at) & 0xFF;
                    case 2: return b.getShort(at) & 0xFFFF;
                    case 4: return b.getInt(at) & 0xFFFFFFFFL;
                    default:
                        long v = b.getLong(at);
                        return v >= 0 ? v : 0x1p64 + v; // a label this large is out of range anyway
                }
            default:
                switch (size) {
                    case 1: return b.get(at);
                    case 2: return b.getShort(at);
                    case 4: return b.getInt(at);
                    default: return b.getLong(at);
                }
        }
    }
}
