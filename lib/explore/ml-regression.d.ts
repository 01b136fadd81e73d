// Types for the two regressions of ml-regression (the package ships none); shapes from its source (lib/index.js).
declare module "ml-regression" {
  export class SimpleLinearRegression {
    constructor(x: number[], y: number[]);
    slope: number;
    intercept: number;
    predict(x: number): number;
    score(x: number[], y: number[]): { r: number; r2: number; chi2: number; rmsd: number };
  }
  export class TheilSenRegression {
    constructor(x: number[], y: number[]);
    slope: number;
    intercept: number;
    predict(x: number): number;
  }
}
