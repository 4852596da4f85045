"""Stage automation cue assistant: the first design, before any security review.

Stage managers at the theatre use a small web app on the office network to turn
the director's rehearsal notes and the show's cue sheet into draft motion cues
for the flying system and the revolve. The app reads the notes, the cue sheet and
the flying plot (line-set loads, travel and speed limits) from the production's
shared document store, sends them to a hosted LLM and checks that the reply parses
as the cue schema before saving it as a draft. Staff sign in with the theatre's
Microsoft 365 accounts. On the isolated stage automation network, the automation
operator pulls the drafts into the vendor's cue simulator, runs them against a 3D
model of the stage, edits them, and only then loads them into the show file on the
automation console, which sends them to the stage machinery controller. The
controller's certified safety system enforces travel limits, maximum speeds and
the E-stop whatever cue it is given.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Stage automation cue assistant",
    profile=tg.RiskProfile.HIGH,
    description="LLM-drafted flying and revolve cues, checked in a simulator before "
    "an operator loads them into the stage machinery.",
)

# ---------------------------------------------------------------- data assets
notes = tg.Data(
    "Director's rehearsal notes",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Free-text notes from rehearsals: timing, positions, looks.",
)
cue_sheet = tg.Data(
    "Show cue sheet",
    kind="documents",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
)
flying_plot = tg.Data(
    "Flying plot and rig limits",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Line sets, loads, trim heights, travel and speed limits per axis.",
)
cue_request = tg.Data("Cue drafting request", kind="prompt", sensitivity=tg.Sensitivity.INTERNAL)
prompt = tg.Data(
    "Cue drafting prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="System prompt, the notes, the cue sheet and the rig limits.",
)
completion = tg.Data("LLM cue completion", kind="model-output", sensitivity=tg.Sensitivity.INTERNAL)
draft_cues = tg.Data(
    "Draft motion cues",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Per-axis target positions, speeds, accelerations and cue links.",
)
approved_cues = tg.Data(
    "Approved cue file",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
sim_run = tg.Data("Simulated cue run", kind="media", sensitivity=tg.Sensitivity.INTERNAL)
motion_commands = tg.Data(
    "Motion commands",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
)
axis_status = tg.Data("Axis positions and status", kind="logs", sensitivity=tg.Sensitivity.INTERNAL)

# ---------------------------------------------------------------- elements
with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # Drafts cue parameters from the notes; a general-purpose hosted model.
    llm = tm.add(
        tg.LLM(
            "Hosted LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="The vendor's chat model, called with a theatre API key.",
        )
    )

with tm.boundary("Theatre office network", trust=tg.Trust.INTERNAL):
    # Writes the notes after each rehearsal.
    director = tm.add(tg.Actor("Director", role="creative team"))
    # Asks for draft cues and reads them back.
    stage_manager = tm.add(tg.Actor("Stage manager", role="stage management"))
    # The production's shared drive: notes, cue sheet, flying plot.
    docs = tm.add(
        tg.DataStore(
            "Production document store",
            stores={notes, cue_sheet, flying_plot},
            description="SharePoint library for the production.",
        )
    )
    # The assistant itself: builds the prompt, calls the LLM, validates the reply.
    assistant = tm.add(
        tg.Service(
            "Cue assistant web app",
            description="Internal web app; prompt assembly and cue-schema parsing.",
            controls={
                c.Authentication(method="Microsoft 365 single sign-on (OIDC)"),
                c.OutputFiltering(note="LLM reply must parse against the cue JSON schema"),
            },
        )
    )
    # Where drafts wait for the automation operator.
    drafts = tm.add(tg.DataStore("Draft cue store", stores={draft_cues}))

with tm.boundary("Stage automation network", trust=tg.Trust.RESTRICTED):
    # Checks every draft in the simulator, then loads it; can run the machinery.
    operator = tm.add(tg.Actor("Automation operator", role="automation operator", privileged=True))
    # Vendor previsualisation software on the automation workstation.
    simulator = tm.add(
        tg.Service(
            "Cue simulator",
            description="Runs cues against a 3D model of the flying system and revolve.",
        )
    )
    # Operator's desk: holds the show file and sends cues to the controller.
    console = tm.add(
        tg.Service(
            "Automation console",
            description="Vendor automation desk with the show file.",
            controls={
                c.HumanInTheLoop(
                    approver="automation operator",
                    note="cues are loaded and run only by the operator at the desk",
                )
            },
        )
    )
    # The show file of loaded, approved cues.
    show_file = tm.add(tg.DataStore("Show cue file", stores={approved_cues}))
    # Motion controller for the flying winches and revolve drive.
    controller = tm.add(
        tg.Device(
            "Stage machinery controller",
            fleet=False,
            description="Axis controller with a certified safety PLC.",
            controls={
                c.SafetyLimits(
                    limits="safety PLC enforces per-axis travel limits, maximum speed, "
                    "overload monitoring and the E-stop"
                )
            },
        )
    )
    # The machinery that moves scenery above and around performers.
    drives = tm.add(
        tg.Device(
            "Flying winches and revolve drive",
            fleet=False,
            description="Twelve point-hoist winches and the revolve motor drive.",
        )
    )

# ---------------------------------------------------------------- flows
tm.flow(director, docs, notes, protocol="https", label="uploads rehearsal notes")
tm.flow(stage_manager, docs, cue_sheet, protocol="https", label="maintains cue sheet")
tm.flow(stage_manager, assistant, cue_request, protocol="https")
tm.flow(docs, assistant, notes, cue_sheet, flying_plot, protocol="https")
tm.flow(assistant, llm, prompt, protocol="https")
tm.flow(llm, assistant, completion, protocol="https")
tm.flow(assistant, drafts, draft_cues)
tm.flow(drafts, assistant, draft_cues, label="draft review")
tm.flow(assistant, stage_manager, draft_cues, protocol="https")

tm.flow(drafts, simulator, draft_cues, protocol="https", label="operator pulls drafts")
tm.flow(operator, simulator, draft_cues, label="edits cues")
tm.flow(simulator, operator, sim_run, label="previsualisation")
tm.flow(simulator, console, approved_cues, label="exports checked cues")
tm.flow(operator, console, approved_cues, label="loads and runs cues")
tm.flow(console, show_file, approved_cues)
tm.flow(show_file, console, approved_cues)
tm.flow(console, controller, motion_commands)
tm.flow(controller, console, axis_status)
tm.flow(controller, drives, motion_commands)
tm.flow(drives, controller, axis_status, label="encoder and limit-switch feedback")
