/*
 * SPDX-License-Identifier: Apache-2.0
 */
package org.memberportal.portal.account;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/**
 * A QR code as an SVG image made with ZXing: one path of the dark modules, a quiet zone of four modules, black on
 * white whatever the page's colours. Inline SVG needs no {@code img-src} beyond the page's own.
 */
public final class QrCode {

  private static final int QUIET_ZONE = 4;

  private QrCode() {}

  /**
   * The SVG of a text's QR code (error correction M).
   *
   * @param text what it carries, e.g. an {@code otpauth://} URI
   * @param label what a screen reader says for it
   * @return the {@code <svg>} element
   */
  public static String svg(String text, String label) {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
          Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
    } catch (WriterException e) {
      throw new IllegalArgumentException("too long for a QR code", e);
    }
    int size = matrix.getWidth() + 2 * QUIET_ZONE;
    StringBuilder path = new StringBuilder();
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        if (matrix.get(x, y)) {
          path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
        }
      }
    }
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" role=\"img\" width=\"" + size * 5 + "\" height=\""
        + size * 5 + "\" viewBox=\"0 0 " + size + " " + size + "\" aria-label=\"" + escaped(label) + "\">"
        + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/><path fill=\"#000\" d=\"" + path
        + "\"/></svg>";
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
