package tessera.picture;

/** A picture file that Tessera does not read, with the reason in the user's words ("its image data ends early"). */
public final class PictureFormatException extends IllegalArgumentException {
    public PictureFormatException(String message) {
        super(message);
    }
}
