import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlacesGeoJson, placeFeature } from '../../src/export/geojson.js';
import type { EntityRow } from '../../src/export/rows.js';
import { makeCorpus, run, tempDir } from '../pipeline-helpers.js';

const row = (over: Partial<EntityRow>): EntityRow => ({
  id: 'place:baku',
  name: 'Baku',
  type: 'place',
  mentions: 3,
  documents: 2,
  aliases_seen: ['Baku'],
  sources: ['gazetteer:places'],
  country: 'AZ',
  wikidata: null,
  geonames: '587084',
  lat: 40.37767,
  lon: 49.89201,
  population: 1116513,
  description: null,
  ...over,
});

describe('placeFeature', () => {
  it('a place with coordinates is a Point at [longitude, latitude] (RFC 7946), its row the properties', () => {
    const f = JSON.parse(placeFeature(row({}))!);
    expect(f).toMatchObject({ type: 'Feature', id: 'place:baku', geometry: { type: 'Point', coordinates: [49.89201, 40.37767] } });
    expect(f.properties).toMatchObject({ name: 'Baku', mentions: 3, documents: 2, country: 'AZ', geonames: '587084' });
    expect(f.properties).not.toHaveProperty('lat');
  });
  it.each([
    ['a country (an area: no point in the gazetteers)', row({ id: 'iso:AZ', lat: null, lon: null })],
    ['a person', row({ type: 'person' })],
    ['half a coordinate', row({ lon: null })],
  ])('%s: none', (_name, r) => expect(placeFeature(r)).toBeNull());
});

describe('places.geojson', () => {
  it('an empty collection is still a FeatureCollection', async () => {
    const path = join(tempDir('geo'), 'places.geojson');
    const w = new PlacesGeoJson(path);
    await w.writeRows([row({ type: 'person' })]);
    await w.commit();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ type: 'FeatureCollection', features: [] });
  });

  it('a run writes every located place of entities.json, in its order, one feature per line', async () => {
    const { read } = await run(makeCorpus(5), { gazetteers: join(process.cwd(), 'gazetteers') });
    const text = read('places.geojson');
    const geo = JSON.parse(text) as { type: string; features: { id: string; geometry: { coordinates: [number, number] } }[] };
    const located = (JSON.parse(read('entities.json')) as EntityRow[]).filter((e) => e.type === 'place' && e.lat !== null && e.lon !== null);
    expect(located.length).toBeGreaterThan(3);
    expect(geo.features.map((f) => [f.id, ...f.geometry.coordinates])).toEqual(located.map((e) => [e.id, e.lon, e.lat]));
    expect(text.split('\n').filter((l) => l.startsWith('{"type":"Feature"'))).toHaveLength(located.length);
  });
});
