package io.github.socialstrategy.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding that says where the first bad byte is, instead of silently replacing it. */
final class TextDecoding {

  private TextDecoding() {}

  /** Raised for bytes that are not UTF-8; line and column are 1-based. */
  static final class NotUtf8Exception extends Exception {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;
    final int badByte;

    NotUtf8Exception(int line, int column, int badByte) {
      super("not UTF-8");
      this.line = line;
      this.column = column;
      this.badByte = badByte;
    }
  }

  /** A decoder that reports malformed input rather than replacing it. */
  static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Decodes the bytes, dropping a leading byte-order mark. */
  static String decode(byte[] bytes) throws NotUtf8Exception {
    CharsetDecoder decoder = strictUtf8();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult r = decoder.decode(in, out, true);
    if (r.isError()) {
      out.flip();
      int line = 1;
      int column = 1;
      // A byte-order mark takes no column.
      for (int i = out.limit() > 0 && out.get(0) == '\uFEFF' ? 1 : 0; i < out.limit(); i++) {
        if (out.get(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      throw new NotUtf8Exception(line, column, bytes[in.position()] & 0xff);
    }
    decoder.flush(out);
    out.flip();
    String text = out.toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /**
   * Finds the first byte that is not UTF-8 in a stream, reading it in chunks (a results table may be far
   * larger than memory); null when there is none.
   */
  static NotUtf8Exception locate(InputStream in) throws IOException {
    CharsetDecoder decoder = strictUtf8();
    ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    CharBuffer chars = CharBuffer.allocate(1 << 16);
    int line = 1;
    int column = 1;
    boolean first = true;
    boolean eof = false;
    while (true) {
      if (!eof) {
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
          eof = true;
        } else {
          bytes.position(bytes.position() + n);
        }
      }
      bytes.flip();
      CoderResult r = decoder.decode(bytes, chars, eof);
      chars.flip();
      for (int i = 0; i < chars.limit(); i++) {
        char c = chars.get(i);
        if (first && c == '\uFEFF') {
          // a byte-order mark takes no column
        } else if (c == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
        first = false;
      }
      chars.clear();
      if (r.isError()) {
        return new NotUtf8Exception(line, column, bytes.get(bytes.position()) & 0xff);
      }
      bytes.compact();
      if (eof && r.isUnderflow()) {
        return null;
      }
    }
  }

  /** The message for a file that is not UTF-8. */
  static String message(NotUtf8Exception e) {
    return String.format(
        "the file is not UTF-8: byte 0x%02X here is not valid UTF-8 (Latin-1 or Windows-1252?); save the file as UTF-8",
        e.badByte);
  }

  /** The message for a stream that broke off on bad bytes. */
  static String message(CharacterCodingException e) {
    return "the file is not UTF-8 around here (Latin-1 or Windows-1252?); save the file as UTF-8";
  }
}
