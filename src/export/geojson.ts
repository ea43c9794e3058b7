import { JsonArrayWriter, type FileOptions } from './table-writer.js';
import type { Publication } from './publication.js';
import type { EntityRow } from './rows.js';

/**
 * places.geojson: the place entities that have coordinates, as a GeoJSON
 * FeatureCollection (RFC 7946: WGS 84, `[longitude, latitude]`), for a map in
 * any tool that reads GeoJSON. One point per place, in the
 * entity table's order (most mentioned first), its properties the entity
 * row's columns (the mention and document counts to size the points by).
 *
 * Coordinates come only from the gazetteers that carry them (GeoNames' cities,
 * and curated places merged with their GeoNames entry; docs/GAZETTEERS.md): a place without them (countries and regions,
 * which are areas, and rule-found names) is left out here, never placed
 * by a guess; entities.csv lists every place, with its country code.
 *
 * Written like the tables: one feature per line, into a temporary file renamed
 * by `commit()`.
 */
export class PlacesGeoJson {
  private readonly file: JsonArrayWriter;

  /** `files.gzip`: written gzipped (the caller names the file `.geojson.gz`); `files.json` is not read: GeoJSON is one object */
  constructor(path: string, files: FileOptions = {}) {
    this.file = new JsonArrayWriter(path, ['{"type":"FeatureCollection","features":', '}'], false, files.gzip);
  }

  /** Adds the rows that are places with coordinates. */
  async writeRows(rows: readonly EntityRow[]): Promise<void> {
    for (const r of rows) {
      const feature = placeFeature(r);
      if (feature) await this.file.writeFormatted(feature);
    }
  }

  commit(publication?: Publication): Promise<void> {
    return this.file.commit(publication);
  }

  abort(): Promise<void> {
    return this.file.abort();
  }
}

/**
 * One place as a GeoJSON Feature on one line, or null when it is no place or has no coordinates.
 *
 *   placeFeature({ id: 'place:baku', type: 'place', lat: 40.37767, lon: 49.89201, ... })
 *     -> '{"type":"Feature","id":"place:baku","geometry":{"type":"Point","coordinates":[49.89201,40.37767]},"properties":{...}}'
 */
export function placeFeature(r: EntityRow): string | null {
  if (r.type !== 'place' || !Number.isFinite(r.lat) || !Number.isFinite(r.lon)) return null;
  const { lat, lon, ...properties } = r;
  return JSON.stringify({ type: 'Feature', id: r.id, geometry: { type: 'Point', coordinates: [lon, lat] }, properties });
}
