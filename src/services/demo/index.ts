/**
 * The demo e-services: five realistic e-services built from the good examples
 * in the guide for case officers and the TEO project's final report, so a
 * first start shows a catalogue worth trying.
 */
import type { EServiceInfo } from '../../domain/eservices/eservice.ts';
import type { Services } from '../index.ts';
import type { DemoEService } from './demo-eservice.ts';
import { forbattringsforslag } from './forbattringsforslag.ts';
import { funktionsstod } from './funktionsstod.ts';
import { kulturskolan } from './kulturskolan.ts';
import { skolskjuts } from './skolskjuts.ts';
import { specialkost } from './specialkost.ts';

export type { DemoEService } from './demo-eservice.ts';

export const DEMO_ESERVICES: readonly DemoEService[] = [
  specialkost,
  skolskjuts,
  forbattringsforslag,
  funktionsstod,
  kulturskolan,
];

/** Creates each demo e-service in the municipality and publishes its first version. */
export async function seedDemoEServices(
  services: Pick<Services, 'eServices'>,
  municipalityId: string,
): Promise<EServiceInfo[]> {
  const created: EServiceInfo[] = [];
  for (const demo of DEMO_ESERVICES) {
    const e = await services.eServices.create(municipalityId, demo.info);
    const version = await services.eServices.addVersion(municipalityId, e.id, demo.definition);
    await services.eServices.publish(municipalityId, version.id);
    created.push(e);
  }
  return created;
}
