/**
 * What the node keeps of an uploaded file: judged by its bytes, re-encoded upright without any
 * metadata, the GPS position as numbers only when asked, limited in size and pixels, and a
 * perceptual hash that finds the same scene resized, recompressed or slightly cropped, and not
 * an unrelated one.
 */
import { expect } from 'chai';
import sharp from 'sharp';
import {
  describeContent,
  gpsOfExif,
  hammingDistance,
  perceptualHash,
  PhotoTooLargeError,
  processPhoto,
  SIMILAR_MAX_DISTANCE,
  sniffImage,
  UnreadablePhotoError,
  UnsupportedPhotoTypeError,
} from '../../../node/photos/index.ts';
import { jpegSegments, jpegWithGps, scene } from '../../helpers/photo-fixtures.ts';

const KILINDINI = { lat: -4.0435, lon: 39.6682 };

async function rejectionOf(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a rejection');
}

describe('photos: processing an upload', function () {
  this.timeout(30_000);

  let phoneJpeg: Buffer;
  before(async () => {
    phoneJpeg = await jpegWithGps(scene(1, 800, 600), KILINDINI);
  });

  describe('the type, from the first bytes only', () => {
    it('knows JPEG, PNG and WebP by their signatures', async () => {
      const svg = scene(2, 64, 48);
      expect(sniffImage(await sharp(svg).jpeg().toBuffer())).to.equal('image/jpeg');
      expect(sniffImage(await sharp(svg).png().toBuffer())).to.equal('image/png');
      expect(sniffImage(await sharp(svg).webp().toBuffer())).to.equal('image/webp');
      expect(sniffImage(await sharp(svg).gif().toBuffer())).to.equal(undefined);
    });

    it('refuses HTML, whatever it would be called, and says what it is', async () => {
      const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');
      expect(describeContent(html)).to.equal('HTML');
      const err = await rejectionOf(processPhoto(html));
      expect(err.name).to.equal('UnsupportedPhotoTypeError');
      expect((err as UnsupportedPhotoTypeError).status).to.equal(415);
      expect(err.message)
        .to.match(/JPEG, PNG and WebP/)
        .and.to.contain('HTML');
    });

    it('refuses GIF, SVG and PDF too', async () => {
      for (const [bytes, name] of [
        [
          await sharp(scene(2, 64, 48))
            .gif()
            .toBuffer(),
          'GIF',
        ],
        [scene(2, 64, 48), 'SVG'],
        [Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'PDF'],
      ] as const) {
        const err = await rejectionOf(processPhoto(bytes));
        expect(err, name).to.be.instanceOf(UnsupportedPhotoTypeError);
        expect(err.message).to.contain(name);
      }
    });

    it('refuses bytes that start like a JPEG but are not one', async () => {
      const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(200, 0x41)]);
      const err = await rejectionOf(processPhoto(fake));
      expect(err).to.be.instanceOf(UnreadablePhotoError);
      expect((err as UnreadablePhotoError).status).to.equal(400);
    });
  });

  describe('re-encoding', () => {
    it('leaves every piece of metadata behind: no EXIF, GPS, XMP or ICC in the stored bytes', async () => {
      const before = await sharp(phoneJpeg).metadata();
      expect(before.exif, 'the fixture carries EXIF').to.not.equal(undefined);
      expect(jpegSegments(phoneJpeg)).to.include.members(['APP1', 'APP2']);

      const photo = await processPhoto(phoneJpeg);
      expect(photo.mime).to.equal('image/jpeg');
      expect(jpegSegments(photo.bytes))
        .to.not.include('APP1')
        .and.not.include('APP2')
        .and.not.include('APP13');
      expect(photo.bytes.includes(Buffer.from('Exif'))).to.equal(false);
      expect(photo.bytes.includes(Buffer.from('FieldCam'))).to.equal(false);
      expect(photo.bytes.includes(Buffer.from('Otieno'))).to.equal(false);
      const after = await sharp(photo.bytes).metadata();
      expect(after.exif).to.equal(undefined);
      expect(after.xmp).to.equal(undefined);
      expect(after.icc).to.equal(undefined);
      expect(after.orientation).to.equal(undefined);
      expect(photo.gps).to.equal(undefined);
    });

    it('turns the picture upright by its EXIF orientation', async () => {
      const photo = await processPhoto(phoneJpeg);
      // 800 × 600 stored sideways (orientation 6) is a 600 × 800 picture.
      expect([photo.width, photo.height]).to.deep.equal([600, 800]);
      const meta = await sharp(photo.bytes).metadata();
      expect([meta.width, meta.height]).to.deep.equal([600, 800]);
    });

    it('keeps the GPS position as numbers when asked, and only then', async () => {
      const photo = await processPhoto(phoneJpeg, { keepGps: true });
      expect(photo.gps?.lat).to.be.closeTo(KILINDINI.lat, 1e-4);
      expect(photo.gps?.lon).to.be.closeTo(KILINDINI.lon, 1e-4);
      expect((await sharp(photo.bytes).metadata()).exif).to.equal(undefined);
      const western = await processPhoto(await jpegWithGps(scene(3, 200, 150), { lat: 51.5, lon: -0.12 }), {
        keepGps: true,
      });
      expect(western.gps?.lat).to.be.closeTo(51.5, 1e-4);
      expect(western.gps?.lon).to.be.closeTo(-0.12, 1e-4);
    });

    it('reads no position from a photo without GPS tags or with a broken EXIF block', async () => {
      const plain = await sharp(scene(4, 200, 150))
        .jpeg()
        .toBuffer();
      expect((await processPhoto(plain, { keepGps: true })).gps).to.equal(undefined);
      expect(gpsOfExif(Buffer.from('Exif\0\0garbage'))).to.equal(undefined);
    });

    it('accepts PNG and WebP, re-encoded in their own format, with a WebP thumbnail', async () => {
      for (const [bytes, mime] of [
        [
          await sharp(scene(5, 900, 500))
            .png()
            .withExif({ IFD0: { Make: 'FieldCam' } })
            .toBuffer(),
          'image/png',
        ],
        [
          await sharp(scene(6, 900, 500))
            .webp()
            .withExif({ IFD0: { Make: 'FieldCam' } })
            .toBuffer(),
          'image/webp',
        ],
      ] as const) {
        const photo = await processPhoto(bytes);
        expect(photo.mime).to.equal(mime);
        expect(sniffImage(photo.bytes)).to.equal(mime);
        expect((await sharp(photo.bytes).metadata()).exif).to.equal(undefined);
        expect(photo.bytes.includes(Buffer.from('FieldCam'))).to.equal(false);
        const thumb = await sharp(photo.thumbnail).metadata();
        expect(thumb.format).to.equal('webp');
        expect([thumb.width, thumb.height]).to.deep.equal([320, 178]);
      }
    });
  });

  describe('limits', () => {
    it('refuses a file over the size limit', async () => {
      const err = await rejectionOf(processPhoto(phoneJpeg, { limits: { maxBytes: 1000 } }));
      expect(err).to.be.instanceOf(PhotoTooLargeError);
      expect((err as PhotoTooLargeError).limit).to.equal('bytes');
      expect((err as PhotoTooLargeError).status).to.equal(413);
    });

    it('refuses a picture over the pixel limit before decoding it', async () => {
      // A small file that decodes to 4,000 × 3,000 pixels, over a 10-megapixel limit.
      const big = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: '#808080' } })
        .png({ compressionLevel: 9 })
        .toBuffer();
      expect(big.length).to.be.below(200_000);
      const err = await rejectionOf(processPhoto(big, { limits: { maxPixels: 10_000_000 } }));
      expect(err).to.be.instanceOf(PhotoTooLargeError);
      expect((err as PhotoTooLargeError).limit).to.equal('pixels');
      expect(err.message).to.contain('10 megapixels');
    });
  });

  describe('perceptual hash', () => {
    it('finds the same scene resized and recompressed, or slightly cropped, and not another scene', async () => {
      const original = await sharp(scene(7)).jpeg({ quality: 90 }).toBuffer();
      const smaller = await sharp(original).resize(480).jpeg({ quality: 55 }).toBuffer();
      const cropped = await sharp(original)
        .extract({ left: 24, top: 18, width: 1200 - 48, height: 900 - 36 })
        .jpeg({ quality: 75 })
        .toBuffer();
      const asPng = await sharp(original).resize(700).png().toBuffer();
      const [h, hSmaller, hCropped, hPng] = await Promise.all(
        [original, smaller, cropped, asPng].map((bytes) => perceptualHash(bytes)),
      );
      expect(h).to.match(/^[0-9a-f]{16}$/);
      expect(hammingDistance(h!, hSmaller!)).to.be.at.most(SIMILAR_MAX_DISTANCE);
      expect(hammingDistance(h!, hCropped!)).to.be.at.most(SIMILAR_MAX_DISTANCE);
      expect(hammingDistance(h!, hPng!)).to.be.at.most(SIMILAR_MAX_DISTANCE);
      for (const seed of [8, 9, 10, 11]) {
        const other = await perceptualHash(await sharp(scene(seed)).jpeg().toBuffer());
        expect(hammingDistance(h!, other), `scene ${seed}`).to.be.above(SIMILAR_MAX_DISTANCE);
      }
    });

    it('counts differing bits', () => {
      expect(hammingDistance('0000000000000000', '0000000000000000')).to.equal(0);
      expect(hammingDistance('ffffffffffffffff', '0000000000000000')).to.equal(64);
      expect(hammingDistance('8000000000000001', '0000000000000000')).to.equal(2);
      expect(hammingDistance('00000000f0000000', '0000000000000000')).to.equal(4);
    });
  });
});
