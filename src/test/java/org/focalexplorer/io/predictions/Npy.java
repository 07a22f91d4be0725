package org.focalexplorer.io.predictions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes .npy bytes as NumPy does (version 1.0, header padded to 64 bytes), for tests. */
final class Npy {
    private Npy() {}

    /** @param descr e.g. "<f4"; values written in that type */
    static byte[] array(String descr, String shape, double... values) {
        int size = Integer.parseInt(descr.substring(2));
        ByteBuffer data = ByteBuffer.allocate(values.length * size)
                .order(descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            switch (descr.substring(1)) {
                case "f4" -> data.putFloat((float) v);
                case "f8" -> data.putDouble(v);
                case "i8" -> data.putLong((long) v);
                case "i4" -> data.putInt((int) v);
                case "i2" -> data.putShort((short) v);
                case "i1", "u1", "b1" -> data.put((byte) v);
                default -> throw new IllegalArgumentException(descr);
            }
        }
        return withHeader("{'descr': '" + descr + "', 'fortran_order': False, 'shape': " + shape + ", }", data.array());
    }

    static byte[] withHeader(String dict, byte[] data) {
        int total = 10 + dict.length() + 1;
        String header = dict + " ".repeat((64 - total % 64) % 64) + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (byte) header.length(), (byte) (header.length() >> 8)});
        out.writeBytes(header.getBytes(StandardCharsets.ISO_8859_1));
        out.writeBytes(data);
        return out.toByteArray();
    }

    /** A structured array of (logit f4, label i8) records. */
    static byte[] structured(float[] logits, long[] labels) {
        ByteBuffer b = ByteBuffer.allocate(logits.length * 12).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < logits.length; i++) {
            b.putFloat(logits[i]).putLong(labels[i]);
        }
        return withHeader("{'descr': [('logit', '<f4'), ('label', '<i8')], 'fortran_order': False, 'shape': ("
                + logits.length + ",), }", b.array());
    }

    static void zip(Path file, String[] names, byte[][] arrays) throws IOException {
        try (OutputStream os = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(os)) {
            for (int i = 0; i < names.length; i++) {
                z.putNextEntry(new ZipEntry(names[i] + ".npy"));
                z.write(arrays[i]);
                z.closeEntry();
            }
        }
    }
}
