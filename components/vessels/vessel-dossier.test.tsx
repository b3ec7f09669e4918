import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getDataset } from '@/data';
import type { VesselListMatch } from '@/geo/analysis/vessels';
import type { AisVessel } from '@/lib/vessels/ais-vessels';
import { buildVesselDossier } from '@/lib/vessels/vessel-dossier';
import { VesselDossier, type VesselDossierProps } from './vessel-dossier';

const dataset = getDataset();

function render(vesselId: string, overrides: Partial<VesselDossierProps> = {}): string {
  const noop = () => {};
  return renderToStaticMarkup(
    <VesselDossier
      dataset={dataset}
      vesselId={vesselId}
      shownFeatureIds={new Set(dataset.seaRoutes.features.map((f) => f.id).concat(dataset.stsIncidents.features.map((f) => f.id)))}
      listMatches={[]}
      listsLoaded={0}
      aisLinks={[]}
      onClear={noop}
      onSelectFeature={noop}
      onShowOnMap={noop}
      onOpenAisVessel={noop}
      {...overrides}
    />,
  );
}

/** The words beside "Show on map", and whether the button can be pressed. */
function showOnMap(html: string): { enabled: boolean; text: string } {
  const m = /<button type="button"( disabled="")?>Show on map<\/button><span[^>]*>([^<]*)<\/span>/.exec(html);
  if (!m) throw new Error('no "Show on map" line');
  return { enabled: m[1] === undefined, text: m[2]! };
}

describe('VesselDossier, "Show on map"', () => {
  it('names only what the vessel has on the map: Angara has routes and no incident', () => {
    const dossier = buildVesselDossier(dataset, 'vessel-angara')!;
    expect(dossier.incidents).toHaveLength(0);
    expect(dossier.routes.length).toBeGreaterThan(0);
    expect(showOnMap(render('vessel-angara'))).toEqual({ enabled: true, text: `Highlights its ${dossier.routes.length} routes.` });
  });

  it('is off for a vessel named only in the timeline', () => {
    const timelineOnly = dataset.vessels.find((v) => {
      const d = buildVesselDossier(dataset, v.id)!;
      return d.incidents.length === 0 && d.routes.length === 0;
    });
    if (!timelineOnly) throw new Error('the dataset has no vessel named only in the timeline');
    expect(showOnMap(render(timelineOnly.id))).toEqual({ enabled: false, text: 'Nothing of this vessel is drawn on the map: it is named only in the timeline.' });
  });

  it('is off for a timeline-only vessel whose AIS matches are only possible: nothing would be framed', () => {
    const timelineOnly = dataset.vessels.find((v) => {
      const d = buildVesselDossier(dataset, v.id)!;
      return d.incidents.length === 0 && d.routes.length === 0;
    })!;
    // SYNTHETIC: an AIS vessel that a name match says may be it.
    const possible = {
      vessel: { userLayerId: 'layer-1', userLayerName: 'synthetic.csv', mmsi: '999000001', identity: { names: [{ value: 'SYNTH' }] } } as unknown as AisVessel,
      match: { certainty: 'possible', method: 'name', score: 0.8 } as unknown as VesselListMatch,
    };
    expect(showOnMap(render(timelineOnly.id, { aisLinks: [possible] }))).toEqual({
      enabled: false,
      text: 'Nothing of this vessel is drawn on the map; the vessels of your AIS that may be it are listed below.',
    });
    const exact = { ...possible, match: { certainty: 'exact', method: 'mmsi', score: 1 } as unknown as VesselListMatch };
    expect(showOnMap(render(timelineOnly.id, { aisLinks: [exact] }))).toEqual({ enabled: true, text: 'Highlights its AIS track.' });
  });
});
