/** The addresses of the step and question editor of one version, under the municipality's base path. */
import { href } from '../../ui/page-context.ts';
import { builderPath } from '../paths.ts';

export const stepAnchor = (stepId: string) => `steg-${stepId}`;
export const questionAnchor = (questionId: string) => `fraga-${questionId}`;
export const columnAnchor = (columnId: string) => `kolumn-${columnId}`;

export interface EditorLinks {
  eService: string;
  version: string;
  translations: string;
  tryIt: string;
  newStep: string;
  step: (stepId: string) => string;
  moveStep: (stepId: string) => string;
  deleteStep: (stepId: string) => string;
  newQuestion: (stepId: string) => string;
  question: (questionId: string) => string;
  moveQuestion: (questionId: string) => string;
  deleteQuestion: (questionId: string) => string;
  conditions: (questionId: string) => string;
  computation: (questionId: string) => string;
  /** A repeating group's column's settings. */
  column: (questionId: string, columnId: string) => string;
}

export function editorLinks(basePath: string, eServiceId: string, versionId: string): EditorLinks {
  const version = href({ basePath }, builderPath(eServiceId, `/versioner/${encodeURIComponent(versionId)}`));
  const step = (id: string) => `${version}/steg/${encodeURIComponent(id)}`;
  const question = (id: string) => `${version}/fragor/${encodeURIComponent(id)}`;
  return {
    eService: href({ basePath }, builderPath(eServiceId)),
    version,
    translations: `${version}/oversattning`,
    tryIt: `${version}/prova`,
    newStep: `${version}/steg/ny`,
    step,
    moveStep: (id) => `${step(id)}/flytta`,
    deleteStep: (id) => `${step(id)}/ta-bort`,
    newQuestion: (id) => `${step(id)}/ny-fraga`,
    question,
    moveQuestion: (id) => `${question(id)}/flytta`,
    deleteQuestion: (id) => `${question(id)}/ta-bort`,
    conditions: (id) => `${question(id)}/villkor`,
    computation: (id) => `${question(id)}/berakning`,
    column: (id, columnId) => `${question(id)}/kolumner/${encodeURIComponent(columnId)}`,
  };
}
