import attrs

import threatgraph as tg


@attrs.frozen
class GPUCluster(tg.Service):
    """A custom element kind (model-format.md: custom kinds can be written, not read back)."""

    kind = "gpu_cluster"


tm = tg.ThreatModel("Custom kind")
with tm.boundary("VPC", trust="internal"):
    api = tm.add(tg.Endpoint("API"))
    gpu = tm.add(GPUCluster("GPU"))
tm.flow(api, gpu, tg.Data("Job"))
