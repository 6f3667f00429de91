/**
 * The small kernels the bench's floor (tools/bench-floor.js) calls: selection, quantiles, binary
 * searches and erfc, each as bare loops over numbers or typed arrays, each mirroring the core
 * function its comment names.
 */

/** Relative slack of "equal" against a target (core/targets/constants.ts TARGET_COMPARISON_TOLERANCE). */
const TARGET_SLACK = 1e-12;
/** shortfall (core/targets/rag.ts): how far a value misses a target by polarity, 0 when met. */
function shortfall(value, target, polarity) {
  const raw = polarity === 1 ? target - value : polarity === -1 ? value - target : Math.abs(value - target);
  return raw <= TARGET_SLACK * Math.max(Math.abs(value), Math.abs(target)) ? 0 : raw;
}

/** medianInPlace (core/trend/median-pairwise-slope.ts): the median of the first `count` numbers, by selection. */
function medianInPlace(numbers, count) {
  const upper = count >> 1;
  const upperValue = select(numbers, upper, count);
  if (count % 2 === 1) return upperValue;
  let lowerValue = -Infinity;
  for (let i = 0; i < upper; i++) if (numbers[i] > lowerValue) lowerValue = numbers[i];
  return (lowerValue + upperValue) / 2;
}

/** Hoare's quickselect with a median-of-three pivot: the value of rank k among the first `count`; reorders them. */
function select(a, k, count) {
  let left = 0;
  let right = count - 1;
  while (right > left) {
    const middle = (left + right) >> 1;
    if (a[middle] < a[left]) swap(a, middle, left);
    if (a[right] < a[left]) swap(a, right, left);
    if (a[right] < a[middle]) swap(a, right, middle);
    const pivot = a[middle];
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return a[k];
}

function swap(a, i, j) {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/** quantileSorted (simple-statistics, R type 7, Excel QUARTILE.INC) of an ascending array. */
function quantileSorted(sorted, p) {
  const index = (sorted.length - 1) * p;
  const low = Math.floor(index);
  return low === index ? sorted[index] : sorted[low] + (index - low) * (sorted[low + 1] - sorted[low]);
}

/** countBelow and countAtOrBelow (core/benchmark/peer-group.ts): binary searches of an ascending array. */
function countBelow(sorted, value) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function countAtOrBelow(sorted, value) {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The complementary error function, for the two-sided normal p-value 2 Φ(-|z|) = erfc(|z| / √2):
 * the Chebyshev fit of Numerical Recipes (2nd ed., section 6.2, erfcc), relative error under
 * 1.2e-7, where the core uses the stdlib package's Cephes port.
 */
function erfc(x) {
  const t = 1 / (1 + 0.5 * x);
  return (
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    )
  );
}

module.exports = { shortfall, medianInPlace, select, quantileSorted, countBelow, countAtOrBelow, erfc };
