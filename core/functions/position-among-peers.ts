import { PeerValues, peerGroupMemo } from "../benchmark/peer-group";
import { presentPeers } from "../benchmark/peers";
import { Polarity } from "../values";
import { isSingleCell } from "./benchmark-inputs";
import { PEER_VALUES_PARAMETER, VALUE_PARAMETER, missingValue } from "./benchmark-parameters";
import { POLARITY_PER_CELL_PARAMETER } from "./parameters";
import { ResultCell, ResultGrid } from "./types";

/**
 * Runs a position formula (rank, quartile, quantile, percentile, gap) over every cell of `value`,
 * each against its peers (see `lineUpPeers`). A missing value, or a period with no peer values,
 * gives an empty cell in a multi-cell call and an error in a single-cell call. Each distinct peer
 * group is sorted once (`peerGroup`), however many values are placed in it.
 *
 * @example
 * positionAmongPeers(7, [[1, 2, 4, 7, 8, 9, 10, 12]], "higher", rankAmong); // => [[5]]
 */
export function positionAmongPeers(
  value: unknown,
  peerValues: unknown,
  polarity: unknown,
  compute: (value: number, peers: PeerValues, polarity: Polarity) => number,
): ResultGrid {
  const { grid: valueGrid, numbers: values } = VALUE_PARAMETER.read(value);
  const peers = PEER_VALUES_PARAMETER.read(peerValues, valueGrid);
  const polarities = POLARITY_PER_CELL_PARAMETER.read(polarity, valueGrid, "value");
  if (isSingleCell(valueGrid)) {
    const only = values[0][0];
    if (only === null) throw missingValue("value", "enter the value to place among the peers");
    return [[compute(only, peers.at(0, 0), polarities[0][0])]];
  }
  presentPeers(peers.all);
  const groupFor = peerGroupMemo();
  return values.map((row, r) =>
    row.map((cell, c): ResultCell => {
      const group = groupFor(peers.at(r, c));
      if (cell === null || group === null) return "";
      return compute(cell, group, polarities[r][c]);
    }),
  );
}
