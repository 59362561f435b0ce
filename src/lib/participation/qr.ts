/**
 * QR codes for printed posters, drawn on the server as SVG (no script, no image request),
 * with error correction M: a poster on a notice board gets scuffed.
 */
import QRCode from 'qrcode';

/** An SVG QR code for `url`; the caller labels it (role="img" + aria-label). */
export async function qrSvg(url: string): Promise<string> {
  const svg = await QRCode.toString(url, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  // Hidden from assistive technology: the wrapper carries the label.
  return svg.replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
