/** The longest side a document photo keeps: enough to read an ID card or a certificate, small enough for a weak connection. */
const LONGEST_SIDE = 2000

/**
 * A camera's photo made smaller in the browser before it is uploaded (JPEG at
 * most 2000 px on its longest side); one the browser cannot draw (HEIC
 * outside Safari) or that is small already goes as it is.
 */
export async function shrinkPhoto(file: File): Promise<Blob> {
  let bitmap: ImageBitmap
  try {
    bitmap = await createImageBitmap(file)
  } catch {
    return file
  }
  const scale = Math.min(1, LONGEST_SIDE / Math.max(bitmap.width, bitmap.height))
  if (scale === 1 && file.size < 1_500_000) return file
  const canvas = document.createElement("canvas")
  canvas.width = Math.round(bitmap.width * scale)
  canvas.height = Math.round(bitmap.height * scale)
  canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
  bitmap.close()
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", 0.85))
  return blob ?? file
}
