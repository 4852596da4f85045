"""Glass recycling colour sorting: the first design, before any security review.

Crushed cullet from the bottle banks is spread by a vibratory feeder onto a fast
conveyor and passes line-scan colour cameras. A sorting computer beside the line
runs an in-house colour classifier on each scan line and tells an air-jet valve
controller which nozzles to fire, blowing amber and green pieces out of the flint
stream. A line PLC runs the feeder and conveyor; operators choose the sort recipe
and speeds on an HMI panel, which signs them in with a shared operator PIN. The
sorting computer copies a sample of images to an archive on the office network,
where the process engineer labels them and retrains the classifier, and sends
sorting statistics to the plant MES. The camera vendor supports the sorting
computer remotely with TeamViewer. Hardwired e-stops and guard interlocks stop the
feeder and conveyor.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Glass recycling colour sorting",
    profile=tg.RiskProfile.LOW,
    description="Camera-based colour sorting of glass cullet with air-jet ejection.",
)

# ---------------------------------------------------------------- data assets
scan_images = tg.Data("Line-scan colour images", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
colour_classes = tg.Data(
    "Per-piece colour classification", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL
)
eject_commands = tg.Data(
    "Nozzle ejection commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sort_recipe = tg.Data(
    "Sort recipe",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Target colour fractions, colour thresholds and ejection delay.",
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
speed_setpoints = tg.Data(
    "Feeder and conveyor speed setpoints", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
drive_commands = tg.Data(
    "Feeder and conveyor drive commands", kind="records", sensitivity=tg.Sensitivity.INTERNAL
)
line_status = tg.Data("Line status and alarms", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)
sort_stats = tg.Data("Sorting statistics", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
sample_images = tg.Data(
    "Sampled cullet images", kind="training-data", sensitivity=tg.Sensitivity.INTERNAL
)
image_labels = tg.Data("Colour labels", kind="labels", sensitivity=tg.Sensitivity.INTERNAL)
classifier_file = tg.Data(
    "Colour classifier model file", sensitivity=tg.Sensitivity.CONFIDENTIAL, format="onnx"
)
operator_pin = tg.Data("Operator PIN", kind="credentials", sensitivity=tg.Sensitivity.SECRET)
remote_session = tg.Data("Vendor remote support session", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("Camera vendor", trust=tg.Trust.PARTNER):
    # The camera and ejector supplier's support desk, for faults and tuning.
    vendor_support = tm.add(tg.ExternalService("Camera vendor remote support"))

with tm.boundary("Plant OT network", trust=tg.Trust.INTERNAL):
    # Shift operator running the sorting line from the panel.
    operator = tm.add(tg.Actor("Line operator", role="plant operator"))
    # Line-scan colour cameras above the conveyor, lit from below.
    cameras = tm.add(tg.Device("Line-scan colour cameras", fleet=True))
    # Industrial PC that turns scan lines into nozzle firing decisions.
    sorting_pc = tm.add(
        tg.Service(
            "Sorting computer",
            description="Segments pieces in each scan line, classifies their colour "
            "and times the ejection to the belt speed.",
        )
    )
    # The colour model, running on the sorting computer's GPU.
    classifier = tm.add(
        tg.Model(
            "Cullet colour classifier",
            task=tg.Task.CLASSIFIER,
            origin=tg.ModelOrigin.IN_HOUSE,
            description="Small CNN classifying pieces as flint, amber, green or reject.",
        )
    )
    # Drives the bank of fast solenoid valves across the belt width.
    valve_controller = tm.add(tg.Service("Air-jet valve controller"))
    # Runs the feeder, conveyor and compressed-air supply.
    line_plc = tm.add(tg.Service("Line PLC"))
    # The physical feed: vibratory feeder and acceleration conveyor.
    conveyor = tm.add(
        tg.Device(
            "Vibratory feeder and conveyor",
            fleet=False,
            controls={
                c.SafetyLimits(
                    limits="hardwired e-stop circuit and guard interlocks stop the feeder and conveyor"
                )
            },
        )
    )
    # Operator panel for recipes, speeds and line status.
    hmi = tm.add(
        tg.Endpoint(
            "Line HMI panel",
            purpose=tg.EndpointPurpose.API,
            controls={
                c.Authentication(method="shared operator PIN"),
                c.RBAC(note="operator and engineer access levels"),
            },
        )
    )

with tm.boundary("Plant office network", trust=tg.Trust.INTERNAL):
    # Process engineer who owns sort quality and the classifier.
    engineer = tm.add(tg.Actor("Process engineer", role="process engineer", privileged=True))
    # File share of sampled images kept for labelling and retraining.
    image_archive = tm.add(tg.Dataset("Cullet image archive", stores={sample_images, image_labels}))
    # Labelling and retraining on the engineer's workstation.
    training = tm.add(
        tg.Pipeline("Classifier retraining", stage=tg.Stage.TRAINING, third_party_packages=True)
    )
    # Folder on the file server holding released classifier versions.
    model_share = tm.add(tg.ModelRegistry("Model file share", stores={classifier_file}))
    # Plant production system that reports cullet quality and throughput.
    mes = tm.add(tg.DataStore("Plant MES", stores={sort_stats}))

# ---------------------------------------------------------------- flows
tm.flow(cameras, sorting_pc, scan_images, protocol="gige-vision")
tm.flow(sorting_pc, classifier, scan_images, protocol="local")
tm.flow(classifier, sorting_pc, colour_classes, protocol="local")
tm.flow(sorting_pc, valve_controller, eject_commands, protocol="ethercat")
tm.flow(valve_controller, sorting_pc, line_status, protocol="ethercat")

tm.flow(operator, hmi, operator_pin, sort_recipe, speed_setpoints, label="on the panel")
tm.flow(hmi, operator, line_status, sort_stats, label="on the panel")
tm.flow(hmi, sorting_pc, sort_recipe, protocol="opc-ua")
tm.flow(sorting_pc, hmi, line_status, sort_stats, protocol="opc-ua")
tm.flow(hmi, line_plc, speed_setpoints, protocol="profinet")
tm.flow(line_plc, hmi, line_status, protocol="profinet")
tm.flow(line_plc, conveyor, drive_commands, protocol="profinet")
tm.flow(conveyor, line_plc, line_status, protocol="profinet")
tm.flow(
    line_plc, sorting_pc, line_status, protocol="profinet", label="belt speed and running state"
)

tm.flow(sorting_pc, image_archive, sample_images, protocol="smb")
tm.flow(engineer, image_archive, image_labels, label="labels sampled images")
tm.flow(image_archive, training, sample_images, image_labels, protocol="smb")
tm.flow(training, model_share, classifier_file, protocol="smb")
tm.flow(
    model_share, sorting_pc, classifier_file, protocol="smb", label="engineer copies new version"
)
tm.flow(sorting_pc, mes, sort_stats, protocol="opc-ua")

tm.flow(vendor_support, sorting_pc, remote_session, protocol="teamviewer")
tm.flow(sorting_pc, vendor_support, line_status, protocol="teamviewer")
