"""Fencing club bout scoring with LLM-assisted video review: the first design.

A UK fencing club runs open competitions. On each piste an electronic scoring box
sends every touch to a scoring server on the venue LAN, which keeps the score.
A camera films each piste; when a touch is disputed, the video replay station
cuts a clip around it and sends frames to a hosted LLM, which describes the
action (attack, parry, riposte, timing). The referee watches the clip, reads the
description and alone decides whether the touch stands. Finished bouts go to the
club's cloud competition service, which publishes results on a public website
for fencers and parents and uploads placings to the national federation's
rankings system. Controls: TLS to the cloud, the LLM vendor and the federation;
password sign-in for the tournament director; role-based access and provider
encryption on the results database; the referee makes every call.
"""

import threatgraph as tg
import threatgraph.controls as c

tm = tg.ThreatModel(
    "Fencing club bout scoring and video review",
    profile=tg.RiskProfile.LOW,
    frameworks={"gdpr"},
    description="Touch scoring, LLM-described video replays for referees, "
    "and results publishing to the public and the national federation.",
)

# ---------------------------------------------------------------- data assets
touches = tg.Data(
    "Touch signals",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="high"),
    description="Piste number, light colour, on/off-target and timestamp of each touch.",
)
disputed_touch = tg.Data(
    "Disputed touch marker",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Bout, piste and timestamp of the touch under review.",
)
video_feed = tg.Data(
    "Piste video feed",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="Continuous footage of the piste; many fencers are children.",
)
clip = tg.Data(
    "Bout replay clip",
    kind="media",
    sensitivity=tg.Sensitivity.PII,
    description="A few seconds of video around the disputed touch.",
)
review_prompt = tg.Data(
    "Clip review prompt",
    kind="prompt",
    sensitivity=tg.Sensitivity.PII,
    description="Frames from the clip, the weapon, and instructions to describe the action.",
)
action_description = tg.Data(
    "Action description",
    kind="model-output",
    sensitivity=tg.Sensitivity.INTERNAL,
    description="Text describing who attacked, parries and timing, shown to the referee.",
)
referee_call = tg.Data(
    "Referee decision",
    kind="records",
    sensitivity=tg.Sensitivity.INTERNAL,
    cia=tg.CIA(confidentiality="low", integrity="high", availability="medium"),
    description="Touch awarded, annulled or reversed.",
)
bout_score = tg.Data("Bout score", kind="records", sensitivity=tg.Sensitivity.INTERNAL)
entries = tg.Data(
    "Competition entry list",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Fencer names, club, federation licence number, age category.",
)
bout_results = tg.Data(
    "Bout results",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="medium"),
)
published_results = tg.Data(
    "Published results and rankings",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Pool tables, tableaux and final placings with fencer names and clubs.",
)
results_query = tg.Data("Results page request", kind="records", sensitivity=tg.Sensitivity.PUBLIC)
federation_upload = tg.Data(
    "Federation results upload",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    cia=tg.CIA(confidentiality="medium", integrity="high", availability="low"),
    description="Final placings with licence numbers, for national ranking points.",
)
licence_status = tg.Data(
    "Licence status",
    kind="records",
    sensitivity=tg.Sensitivity.PII,
    description="Whether each entered fencer holds a valid federation licence.",
)

# ---------------------------------------------------------------- elements
with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
    # Fencers and parents follow the competition on their phones.
    fencer = tm.add(tg.Actor("Fencer or parent", role="spectator"))

with tm.boundary("Competition venue LAN", trust=tg.Trust.INTERNAL):
    # The scoring apparatus on each piste: registers touches from the weapons.
    scoring_box = tm.add(
        tg.Device("Piste scoring box", fleet=True, description="One per piste, wired to the LAN.")
    )
    # Films each piste so that disputed touches can be replayed.
    camera = tm.add(tg.Device("Piste camera", fleet=True))
    # Keeps the live bout score for every piste and drives the scoreboards.
    scoring_server = tm.add(
        tg.Service("Scoring server", description="A laptop at the directoire table.")
    )
    # Cuts the clip around a disputed touch and asks the LLM to describe it.
    replay_station = tm.add(
        tg.Service(
            "Video replay station",
            description="Screen beside the piste used by the referee for video review.",
            controls={c.HumanInTheLoop(approver="the bout referee")},
        )
    )
    # Keeps the replay clips for the rest of the competition day.
    clip_store = tm.add(tg.DataStore("Replay clip store", stores={clip}))
    # Judges the bout and makes every call, including after video review.
    referee = tm.add(tg.Actor("Referee", role="referee"))
    # Runs the competition: loads entries, fixes scoring errors, closes pools.
    director = tm.add(
        tg.Actor("Tournament director", role="competition organiser", privileged=True)
    )

with tm.boundary("LLM vendor", trust=tg.Trust.PARTNER):
    # A hosted multimodal model that describes the fencing action in the frames.
    review_llm = tm.add(
        tg.LLM(
            "Video review LLM",
            origin=tg.ModelOrigin.THIRD_PARTY_API,
            description="General-purpose vision-language model behind the vendor's API.",
        )
    )

with tm.boundary("Club cloud", trust=tg.Trust.INTERNAL):
    # Computes pools, tableaux and placings from finished bouts.
    competition_service = tm.add(
        tg.Service(
            "Competition management service",
            controls={c.Authentication(method="e-mail and password")},
        )
    )
    # Entries, bout results and rankings for every competition the club runs.
    results_db = tm.add(
        tg.DataStore(
            "Results and rankings database",
            stores={entries, bout_results, published_results},
            controls={c.RBAC(), c.EncryptionAtRest(key_management="cloud provider managed keys")},
        )
    )
    # Public read-only pages with live and final results.
    results_site = tm.add(tg.Endpoint("Public results website", purpose=tg.EndpointPurpose.API))

with tm.boundary("National federation", trust=tg.Trust.PARTNER):
    # The federation's licensing and national rankings system.
    federation = tm.add(tg.ExternalService("Federation rankings system"))

# ---------------------------------------------------------------- flows
tm.flow(scoring_box, scoring_server, touches, protocol="udp")
tm.flow(scoring_server, replay_station, disputed_touch, label="review requested")
tm.flow(camera, replay_station, video_feed, protocol="rtsp")
tm.flow(replay_station, clip_store, clip)
tm.flow(replay_station, review_llm, review_prompt, protocol="https")
tm.flow(review_llm, replay_station, action_description, protocol="https")
tm.flow(replay_station, referee, clip, action_description, label="shown on review screen")
tm.flow(referee, scoring_server, referee_call)
tm.flow(scoring_server, referee, bout_score, label="scoreboard")

tm.flow(director, competition_service, entries, protocol="https", label="loads entry list")
tm.flow(competition_service, federation, entries, protocol="https", label="licence check")
tm.flow(federation, competition_service, licence_status, protocol="https")
tm.flow(competition_service, scoring_server, entries, protocol="https", label="pool sheets")
tm.flow(scoring_server, competition_service, bout_results, protocol="https")
tm.flow(competition_service, results_db, entries, bout_results, published_results)
tm.flow(results_db, competition_service, entries, bout_results)
tm.flow(competition_service, results_site, published_results)
tm.flow(fencer, results_site, results_query, protocol="https")
tm.flow(results_site, fencer, published_results, protocol="https")
tm.flow(competition_service, federation, federation_upload, protocol="https")
