"""Ceramic tile glaze defect vision model: the first design, before any security review.

After the kiln, glazed tiles pass under a bank of line-scan cameras. An edge
inspection server on the plant floor runs an in-house vision model that finds
glaze defects (pinholes, crawling, crazing, colour shade drift) and assigns
each tile a grade: first choice, second choice or reject. The grade goes to
the sorting line PLC, which drives the diverters that stack tiles by grade and
push rejects to the cullet bin; a tile with no grade in time goes to the
manual re-inspection lane. Line operators watch grades on the line HMI and can
override a grade. Tile images and grades are kept in an inspection results
database; quality engineers label samples from it, a training job on the
quality office's GPU server retrains the model, and a deployment job copies
the ONNX model a quality manager approves from the registry to the edge
server. Daily grade counts go to the MES for batch records.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Ceramic tile glaze defect vision model",
    profile=tg.RiskProfile.LOW,
    description="Vision model grading glazed tiles after the kiln and rejecting defective ones.",
)

# ---------------------------------------------------------------- data assets
tile_images = tg.Data(
    "Tile images",
    kind="media",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Line-scan images of each glazed tile, tagged with line and batch.",
)
grade = tg.Data(
    "Tile grade",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="First choice, second choice or reject, with the defect class found.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
divert_command = tg.Data("Diverter command", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
grade_override = tg.Data(
    "Operator grade override", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
line_status = tg.Data(
    "Line status and grade display", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
results = tg.Data(
    "Inspection results",
    kind="records",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    description="Images, grades and defect classes per tile and batch; yield data.",
)
labels = tg.Data(
    "Defect labels",
    kind="labels",
    sensitivity=tg.Sensitivity.CONFIDENTIAL,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
)
training_set = tg.Data(
    "Labelled tile image set", kind="training-data", sensitivity=tg.Sensitivity.CONFIDENTIAL
)
weights = tg.Data("Defect model artifact", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx")
approval = tg.Data("Model release approval", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
grade_counts = tg.Data("Daily grade counts", kind="records", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Plant OT network", trust=tg.Trust.INTERNAL):
    # Line-scan cameras and lighting after the kiln exit; one station per line.
    cameras = tm.add(tg.Device("Post-kiln inspection cameras", fleet=True))
    # Industrial PC beside the line that runs the model and sends grades on.
    edge = tm.add(
        tg.Service(
            "Edge inspection server",
            description="Receives images, runs the model, sends each grade to the PLC.",
        )
    )
    # The glaze defect model itself, trained in-house.
    model = tm.add(
        tg.Model(
            "Glaze defect model",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="CNN that grades each tile and names the glaze defect it sees.",
        )
    )
    # Sorting line PLC: turns grades into diverter moves.
    plc = tm.add(
        tg.Service(
            "Sorting line PLC",
            controls={
                c.FailClosed(
                    fallback="tiles without a grade in time go to the manual re-inspection lane"
                )
            },
        )
    )
    # Pneumatic diverters that stack tiles by grade and push rejects off the belt.
    diverters = tm.add(tg.Device("Grade sorting diverters", fleet=False))
    # Operator panel at the sorting line.
    hmi = tm.add(
        tg.Service(
            "Line HMI",
            controls={c.Authentication(method="operator badge")},
        )
    )
    # Line operators watch the grades and override when they disagree.
    operator = tm.add(tg.Actor("Line operator", role="operator"))

with tm.boundary("Plant IT network", trust=tg.Trust.INTERNAL):
    # Every tile's images and grade, for quality reports and for labelling.
    results_db = tm.add(tg.DataStore("Inspection results database", stores={results, tile_images}))
    # Quality engineers label sampled images and review rejects.
    engineer = tm.add(tg.Actor("Quality engineer", role="quality engineer"))
    # Quality manager approves a retrained model before it goes to the line.
    manager = tm.add(tg.Actor("Quality manager", role="quality manager", privileged=True))
    # Web labelling tool the engineers use on sampled images.
    labelling = tm.add(tg.Pipeline("Defect labelling", stage=tg.Stage.LABELING))
    # Labelled images the model is trained on.
    dataset = tm.add(tg.Dataset("Labelled training set", stores={training_set, labels}))
    # Retraining on the quality office's GPU server, run when new labels build up.
    training = tm.add(
        tg.Pipeline(
            "Model retraining job",
            stage=tg.Stage.TRAINING,
            third_party_packages=True,
        )
    )
    # Versions of the trained model.
    registry = tm.add(
        tg.ModelRegistry("Model registry", stores={weights}, controls={c.ModelVersioning()})
    )
    # Copies the approved model version to the edge server.
    deploy = tm.add(
        tg.Pipeline(
            "Model deployment job",
            stage=tg.Stage.DEPLOYMENT,
            controls={c.HumanInTheLoop(approver="the quality manager")},
        )
    )
    # Manufacturing execution system: batch records and yield.
    mes = tm.add(tg.Service("MES"))

# ---------------------------------------------------------------- flows
tm.flow(cameras, edge, tile_images, protocol="gige-vision")
tm.flow(edge, model, tile_images)
tm.flow(model, edge, grade)
tm.flow(edge, plc, grade, protocol="profinet")
tm.flow(plc, edge, line_status, protocol="profinet", label="tile tracking and acks")
tm.flow(plc, diverters, divert_command, label="digital outputs")
tm.flow(plc, hmi, line_status, protocol="profinet")
tm.flow(hmi, plc, grade_override, protocol="profinet")
tm.flow(hmi, operator, line_status, label="on the panel")
tm.flow(operator, hmi, grade_override, label="on the panel")

tm.flow(edge, results_db, results, tile_images, protocol="https")
tm.flow(results_db, labelling, tile_images, results)
tm.flow(engineer, labelling, labels, protocol="https")
tm.flow(labelling, engineer, tile_images, protocol="https")
tm.flow(labelling, dataset, training_set, labels)
tm.flow(dataset, training, training_set, labels)
tm.flow(training, registry, weights)
tm.flow(manager, deploy, approval, protocol="https", label="approves release")
tm.flow(registry, deploy, weights)
tm.flow(deploy, edge, weights, protocol="ssh", label="deploy")
tm.flow(results_db, mes, grade_counts, protocol="https", label="daily export")
