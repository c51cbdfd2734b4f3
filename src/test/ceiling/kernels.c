/*
 * The pipeline's two heaviest filters, BoxBlur and Sepia, ported line by line from
 * src/main/java/tessera/pipeline to C, so that clang can compile them to WebAssembly over linear
 * memory: no GC arrays, no Java bounds checks. bin/ceiling times them in the browser next to the
 * Java originals on the JVM, on the same synthetic 4K frame; equal checksums show that both compute
 * the same pixels. It answers how fast these loops can run in the browser at all, whoever compiles them.
 */
#define WIDTH 3840
#define HEIGHT 2160
#define BAND 64

static int frame[WIDTH * HEIGHT];
static int blurred[WIDTH * HEIGHT];
static int scratch[3 * WIDTH];

int *source(void) { return frame; }
int *target(void) { return blurred; }

/* Flat blocks and edges, like a test card; KernelTimes.java draws the same. */
void fill(void) {
  for (int y = 0; y < HEIGHT; y++) {
    for (int x = 0; x < WIDTH; x++) {
      frame[y * WIDTH + x] = (int) 0xff000000u | ((((x >> 6) * 37 + (y >> 6) * 91) & 0xff) << 16)
          | (((x >> 5) * 13 & 0xff) << 8) | ((y >> 4) * 29 & 0xff);
    }
  }
}

void *memset(void *to, int value, unsigned long count) {
  unsigned char *bytes = to;
  while (count--) *bytes++ = (unsigned char) value;
  return to;
}

static inline int saturating_byte(double value) {
  if (!(value > 0)) return 0;
  return value >= 255 ? 255 : (int) value;
}

void sepia(int *pixels, int count) {
  for (int i = 0; i < count; i++) {
    int p = pixels[i];
    float r = (float) (p & 0xff), g = (float) ((p >> 8) & 0xff), b = (float) ((p >> 16) & 0xff);
    int red = saturating_byte(r * 0.393f + g * 0.769f + b * 0.189f);
    int green = saturating_byte(r * 0.349f + g * 0.686f + b * 0.168f);
    int blue = saturating_byte(r * 0.272f + g * 0.534f + b * 0.131f);
    pixels[i] = (int) ((unsigned) p & 0xff000000u) | (blue << 16) | (green << 8) | red;
  }
}

static inline int quotient(int sum, int count, long long inverse) {
  int q = (int) ((sum * inverse) >> 32);
  return (q + 1) * count <= sum ? q + 1 : q;
}

static void add_row(int y, int sign) {
  const int *row = frame + y * WIDTH;
  for (int x = 0; x < WIDTH; x++) {
    int p = row[x];
    scratch[x] += sign * (p & 0xff);
    scratch[WIDTH + x] += sign * ((p >> 8) & 0xff);
    scratch[2 * WIDTH + x] += sign * (((unsigned) p >> 16) & 0xff);
  }
}

static void blur_band(int band_y, int band_height, int r) {
  const int greens = WIDTH, blues = 2 * WIDTH, middle_start = r + 1, middle_end = WIDTH - r;
  int top = band_y - r < 0 ? 0 : band_y - r;
  int bottom = band_y + r > HEIGHT - 1 ? HEIGHT - 1 : band_y + r;
  memset(scratch, 0, sizeof scratch);
  for (int y = top; y <= bottom; y++) add_row(y, 1);
  for (int y = band_y; y < band_y + band_height; y++) {
    if (y > band_y) {
      int leaving = y - r - 1, entering = y + r;
      if (leaving >= 0) { add_row(leaving, -1); top++; }
      if (entering < HEIGHT) { add_row(entering, 1); bottom++; }
    }
    int rows = bottom - top + 1, row = y * WIDTH;
    int last = WIDTH - 1 < r ? WIDTH - 1 : r, red = 0, green = 0, blue = 0;
    for (int x = 0; x <= last; x++) { red += scratch[x]; green += scratch[greens + x]; blue += scratch[blues + x]; }
    int first = 0, divisor = 0;
    long long inverse = 0;
    for (int x = 0; x < WIDTH; x++) {
      if (x == middle_start && x < middle_end) {
        divisor = (2 * r + 1) * rows;
        inverse = 0x100000000LL / divisor;
        for (; x < middle_end; x++) {
          int entering = x + r, leaving = x - r - 1;
          red += scratch[entering] - scratch[leaving];
          green += scratch[greens + entering] - scratch[greens + leaving];
          blue += scratch[blues + entering] - scratch[blues + leaving];
          blurred[row + x] = (int) ((unsigned) frame[row + x] & 0xff000000u) | (quotient(blue, divisor, inverse) << 16)
              | (quotient(green, divisor, inverse) << 8) | quotient(red, divisor, inverse);
        }
        first = x - 1 - r;
        last = x - 1 + r;
        if (x == WIDTH) break;
      }
      if (x > 0) {
        int entering = x + r;
        if (entering < WIDTH) {
          red += scratch[entering]; green += scratch[greens + entering]; blue += scratch[blues + entering];
          last = entering;
        }
        int leaving = x - r - 1;
        if (leaving >= 0) {
          red -= scratch[leaving]; green -= scratch[greens + leaving]; blue -= scratch[blues + leaving];
          first = leaving + 1;
        }
      }
      int count = (last - first + 1) * rows;
      if (count != divisor) { divisor = count; inverse = 0x100000000LL / count; }
      blurred[row + x] = (int) ((unsigned) frame[row + x] & 0xff000000u) | (quotient(blue, count, inverse) << 16)
          | (quotient(green, count, inverse) << 8) | quotient(red, count, inverse);
    }
  }
}

void blur(int radius) {
  for (int y = 0; y < HEIGHT; y += BAND) blur_band(y, HEIGHT - y < BAND ? HEIGHT - y : BAND, radius);
}
